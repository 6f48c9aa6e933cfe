package dev.lectern.openai.web;

import dev.lectern.shared.LecternProblem;
import dev.lectern.shared.RequestMeter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /v1/chat/completions, whole or streamed. OpenAI selects streaming with a body field, not the Accept
 * header, and Spring picks the return handler by the declared type, so both answers leave through an emitter:
 * the whole one as a single JSON send.
 */
@RestController
@Tag(name = "OpenAI-compatible", description = "For existing OpenAI clients: base URL /v1")
class ChatCompletionsController {

    private static final Logger log = LoggerFactory.getLogger(ChatCompletionsController.class);

    private final OpenAiModels models;
    private final GeneratorCompletions generated;
    private final GroundedCompletions grounded;
    private final JsonMapper json;

    ChatCompletionsController(
            OpenAiModels models, GeneratorCompletions generated, GroundedCompletions grounded, JsonMapper json) {
        this.models = models;
        this.generated = generated;
        this.grounded = grounded;
        this.json = json;
    }

    @Operation(
            summary =
                    "Chat completion, whole or streamed (\"stream\": true); model workspace:<id> grounds the answer and adds citations")
    @PostMapping("/v1/chat/completions")
    ResponseEntity<ResponseBodyEmitter> complete(@RequestBody ChatCompletionRequest body) throws IOException {
        PreparedCompletion prepared = switch (models.chatTarget(body.model())) {
            case ChatTarget.Generator generator -> generated.prepare(body);
            case ChatTarget.Workspace workspace -> {
                RequestMeter.current().concerns(workspace.workspaceId().value());
                yield grounded.prepare(body, workspace.workspaceId());
            }
        };
        var header = ChatCompletions.Header.of(body.model());
        if (!body.streaming()) {
            var completion = ChatCompletions.Completion.of(header, prepared.run(piece -> true));
            ResponseBodyEmitter whole = new ResponseBodyEmitter();
            whole.send(completion, MediaType.APPLICATION_JSON);
            whole.complete();
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(whole);
        }
        EventStream events = new EventStream(json);
        // a virtual thread: a stream mostly waits on the model
        Thread.ofVirtual()
                .name("openai-stream")
                .start(RequestMeter.carry(() -> stream(prepared, header, body.includeUsage(), events)));
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .header("Cache-Control", "no-cache")
                .body(events.emitter());
    }

    private static void stream(
            PreparedCompletion prepared, ChatCompletions.Header header, boolean includeUsage, EventStream events) {
        try {
            events.data(ChatCompletions.Chunk.start(header));
            Completed done = prepared.run(piece -> events.data(ChatCompletions.Chunk.text(header, piece)));
            events.data(ChatCompletions.Chunk.finish(header, done));
            if (includeUsage && done.usage() != null) {
                events.data(ChatCompletions.Chunk.usage(header, done.usage()));
            }
            events.done();
        } catch (LecternProblem e) {
            events.data(OpenAiErrors.body(e)); // the status is sent already: the error travels as an event
        } catch (RuntimeException e) {
            log.error("A streamed chat completion failed", e);
            events.data(
                    OpenAiErrors.body(HttpStatus.INTERNAL_SERVER_ERROR, "The completion failed.", "internal_error"));
        } finally {
            events.complete();
        }
    }
}
