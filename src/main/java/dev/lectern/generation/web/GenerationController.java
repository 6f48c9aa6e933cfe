package dev.lectern.generation.web;

import dev.lectern.generation.GenerationOptions;
import dev.lectern.generation.GenerationRequest;
import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.TextGenerator;
import dev.lectern.shared.LecternProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;

/** Raw text generation: whole, or streamed as server-sent events. */
@RestController
class GenerationController {

    private final TextGenerator generator;
    private final GenerationSettings settings;
    // virtual threads: a stream mostly waits on the model, and there is no pool size to tune
    private final ExecutorService streams = Executors.newVirtualThreadPerTaskExecutor();

    GenerationController(TextGenerator generator, GenerationSettings settings) {
        this.generator = generator;
        this.settings = settings;
    }

    @PostMapping(path = "/api/v1/generate", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> generate(@Valid @RequestBody GenerateRequest body) {
        return Map.of("text", generator.generate(toRequest(body)));
    }

    @PostMapping(path = "/api/v1/generate", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@Valid @RequestBody GenerateRequest body) {
        GenerationRequest request = toRequest(body);
        // fail before the stream opens, so that the client gets a problem detail instead of a broken stream
        generator.requireReady();
        SseEmitter emitter = new SseEmitter(0L);
        AtomicBoolean open = new AtomicBoolean(true);
        emitter.onCompletion(() -> open.set(false));
        emitter.onTimeout(() -> open.set(false));
        emitter.onError(e -> open.set(false));
        streams.submit(() -> {
            try {
                generator.stream(request, piece -> open.get() && send(emitter, open, "token", Map.of("text", piece)));
                if (open.get()) {
                    emitter.send(SseEmitter.event().name("done").data(Map.of("finished", true)));
                }
                emitter.complete();
            } catch (LecternProblem e) {
                send(emitter, open, "error", e.getBody());
                emitter.complete();
            } catch (Exception e) {
                emitter.completeWithError(e);
            }
        });
        return emitter;
    }

    private GenerationRequest toRequest(GenerateRequest body) {
        int maxTokens = body.maxTokens() == null ? settings.defaultMaxTokens() : body.maxTokens();
        if (maxTokens > settings.maxTokensLimit()) {
            throw invalid("'maxTokens' must be at most %d.".formatted(settings.maxTokensLimit()));
        }
        try {
            GenerationOptions options = new GenerationOptions(
                    maxTokens,
                    body.temperature(),
                    body.topP(),
                    body.topK(),
                    body.repeatPenalty(),
                    body.seed(),
                    body.stop(),
                    body.jsonSchema() == null ? null : body.jsonSchema().toString(),
                    false);
            return new GenerationRequest(body.prompt(), options);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage() + ".");
        }
    }

    private static LecternProblem invalid(String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
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

    /** A raw completion request; {@code jsonSchema} is a JSON schema object the output must match. */
    record GenerateRequest(
            @NotBlank String prompt,
            @Min(1) Integer maxTokens,
            Double temperature,
            Double topP,
            Integer topK,
            Double repeatPenalty,
            Integer seed,
            List<String> stop,
            JsonNode jsonSchema) {}
}
