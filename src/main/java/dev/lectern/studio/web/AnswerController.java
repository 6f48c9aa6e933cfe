package dev.lectern.studio.web;

import dev.lectern.documents.DocumentId;
import dev.lectern.shared.EventStream;
import dev.lectern.studio.AnswerMode;
import dev.lectern.studio.AnswerQuestion;
import dev.lectern.studio.GroundedAnswers;
import dev.lectern.workspaces.WorkspaceId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Grounded answers: whole as JSON, or streamed as server-sent events (tokens, then citations, then done). */
@RestController
class AnswerController {

    private final GroundedAnswers answers;

    AnswerController(GroundedAnswers answers) {
        this.answers = answers;
    }

    /** The question; documentIds narrows the sources, conversationId makes it a follow-up. */
    record AskRequest(String question, List<UUID> documentIds, UUID conversationId, AnswerMode mode) {

        AnswerQuestion toQuestion(UUID workspaceId) {
            var ids = documentIds == null
                    ? null
                    : documentIds.stream().map(DocumentId::new).collect(Collectors.toSet());
            return new AnswerQuestion(new WorkspaceId(workspaceId), question, ids, conversationId, mode);
        }
    }

    @PostMapping(path = "/api/v1/workspaces/{workspaceId}/answers", produces = MediaType.APPLICATION_JSON_VALUE)
    AnswerView answer(@PathVariable UUID workspaceId, @RequestBody AskRequest body) {
        return AnswerView.of(answers.answer(body.toQuestion(workspaceId)));
    }

    @PostMapping(path = "/api/v1/workspaces/{workspaceId}/answers", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable UUID workspaceId, @RequestBody AskRequest body) {
        // checks and retrieval run before the stream opens, so that bad input gets a problem detail
        GroundedAnswers.Prepared prepared = answers.prepare(body.toQuestion(workspaceId));
        return EventStream.start(events -> {
            var answer = answers.answer(prepared, piece -> events.send("token", Map.of("text", piece)));
            events.send("citations", AnswerView.of(answer));
            events.send("done", Map.of("finished", true));
        });
    }
}
