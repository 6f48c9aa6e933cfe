package dev.lectern.studio.web;

import dev.lectern.shared.LecternProblem;
import dev.lectern.shared.Paging;
import dev.lectern.studio.Answer;
import dev.lectern.studio.Conversation;
import dev.lectern.studio.ConversationMessage;
import dev.lectern.studio.Conversations;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Lists, reads and deletes the stored conversations of grounded answers. */
@RestController
class ConversationController {

    private final Conversations conversations;
    private final Workspaces workspaces;
    private final JsonMapper json;

    ConversationController(Conversations conversations, Workspaces workspaces, JsonMapper json) {
        this.conversations = conversations;
        this.workspaces = workspaces;
        this.json = json;
    }

    /** A turn; an assistant's carries its answer in the same shape as when it was asked (null for questions). */
    record MessageView(
            int ordinal,
            String role,
            String content,
            @Nullable AnswerView answer,
            Instant createdAt) {}

    record ConversationView(Conversation conversation, List<MessageView> messages) {}

    record ConversationPage(List<Conversation> items, int page, int size, long totalItems, long totalPages) {}

    /** The workspace's conversations, the most recently continued first, a page at a time. */
    @GetMapping("/api/v1/workspaces/{workspaceId}/conversations")
    ConversationPage list(
            @PathVariable UUID workspaceId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        workspaces.requireExists(new WorkspaceId(workspaceId));
        long total = conversations.countInWorkspace(workspaceId);
        return new ConversationPage(
                conversations.inWorkspace(workspaceId, paging), page, size, total, paging.totalPages(total));
    }

    @GetMapping("/api/v1/conversations/{id}")
    ConversationView read(@PathVariable UUID id) {
        Conversation conversation = conversations.require(id);
        return new ConversationView(
                conversation,
                conversations.messages(id).stream().map(this::view).toList());
    }

    @DeleteMapping("/api/v1/conversations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        if (!conversations.delete(id)) {
            throw LecternProblem.notFound("conversation", id);
        }
    }

    private MessageView view(ConversationMessage m) {
        AnswerView answer = m.answerJson() == null ? null : AnswerView.of(json.readValue(m.answerJson(), Answer.class));
        return new MessageView(m.ordinal(), m.role(), m.content(), answer, m.createdAt());
    }
}
