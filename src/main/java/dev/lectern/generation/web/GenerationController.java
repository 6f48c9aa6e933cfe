package dev.lectern.generation.web;

import dev.lectern.generation.GenerationOptions;
import dev.lectern.generation.GenerationRequest;
import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.TextGenerator;
import dev.lectern.shared.EventStream;
import dev.lectern.shared.LecternProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
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

    GenerationController(TextGenerator generator, GenerationSettings settings) {
        this.generator = generator;
        this.settings = settings;
    }

    @PostMapping(path = "/api/v1/generate", produces = MediaType.APPLICATION_JSON_VALUE)
    GeneratedText generate(@Valid @RequestBody GenerateRequest body) {
        return new GeneratedText(generator.generate(toRequest(body)));
    }

    @PostMapping(path = "/api/v1/generate", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@Valid @RequestBody GenerateRequest body) {
        GenerationRequest request = toRequest(body);
        // fail before the stream opens, so that the client gets a problem detail instead of a broken stream
        generator.requireReady();
        return EventStream.start(events -> {
            generator.stream(request, piece -> events.send("token", Map.of("text", piece)));
            events.send("done", Map.of("finished", true));
        });
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

    /** The whole text, when the client did not ask for a stream. */
    record GeneratedText(String text) {}

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

            @Schema(type = "object", description = "a JSON schema the output must match")
            JsonNode jsonSchema) {}
}
