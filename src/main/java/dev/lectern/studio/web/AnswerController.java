package dev.lectern.studio.web;

import dev.lectern.documents.DocumentId;
import dev.lectern.shared.LecternProblem;
import dev.lectern.studio.AnswerMode;
import dev.lectern.studio.AnswerQuestion;
import dev.lectern.studio.GroundedAnswers;
import dev.lectern.workspaces.WorkspaceId;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
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
    // virtual threads: a stream mostly waits on the model
    private final ExecutorService streams = Executors.newVirtualThreadPerTaskExecutor();

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
        SseEmitter emitter = new SseEmitter(0L);
        AtomicBoolean open = new AtomicBoolean(true);
        emitter.onCompletion(() -> open.set(false));
        emitter.onTimeout(() -> open.set(false));
        emitter.onError(e -> open.set(false));
        streams.submit(() -> {
            try {
                var answer = answers.answer(
                        prepared, piece -> open.get() && send(emitter, open, "token", Map.of("text", piece)));
                send(emitter, open, "citations", AnswerView.of(answer));
                send(emitter, open, "done", Map.of("finished", true));
                emitter.complete();
            } catch (LecternProblem e) {
                send(emitter, open, "error", e.getBody());
                emitter.complete();
            } catch (RuntimeException e) {
                emitter.completeWithError(e);
            }
        });
        return emitter;
    }

    /** Sends one event; a failure means the client is gone, which stops generation. */
    private static boolean send(SseEmitter emitter, AtomicBoolean open, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
            return true;
        } catch (IOException | IllegalStateException e) {
            open.set(false);
            return false;
        }
    }
}
