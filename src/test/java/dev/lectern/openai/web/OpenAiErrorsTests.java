package dev.lectern.openai.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.generation.GeneratorStatus;
import dev.lectern.generation.GeneratorUnavailable;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** Lectern's problems leave the OpenAI-compatible API in OpenAI's error shape, status and headers kept. */
class OpenAiErrorsTests {

    private final OpenAiErrors errors = new OpenAiErrors();

    @Test
    void fullGeneratorQueueIs429RateLimitErrorWithRetryAfter() {
        ResponseEntity<Map<String, Object>> response = errors.handle(GeneratorUnavailable.busy(3));

        assertThat(response.getStatusCode().value()).isEqualTo(429);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("3");
        assertThat(error(response))
                .containsEntry("type", "rate_limit_error")
                .containsEntry("code", "generator_busy")
                .containsKey("param");
    }

    @Test
    void loadingModelIs503ServerErrorThatTellsWhenToRetry() {
        var loading = new GeneratorStatus(GeneratorStatus.State.LOADING, "m.gguf", "Loading m.gguf");

        ResponseEntity<Map<String, Object>> response = errors.handle(GeneratorUnavailable.of(loading));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(error(response))
                .containsEntry("type", "server_error")
                .containsEntry("code", "model_loading")
                .containsEntry("message", "Loading m.gguf");
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        ResponseEntity<Map<String, Object>> response = errors.handle(new IllegalStateException("secret path /x"));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(error(response).get("message").toString()).doesNotContain("secret");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(ResponseEntity<Map<String, Object>> response) {
        return (Map<String, Object>) response.getBody().get("error");
    }
}
