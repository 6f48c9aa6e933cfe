package dev.lectern.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.generation.ModelReadiness;
import dev.lectern.generation.TextGenerator;
import dev.lectern.support.Api;
import dev.lectern.support.ApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency-Key on the raw generation endpoints, with the real engine on the tiny model: a client that retries
 * after a lost response gets the first completion back instead of paying for a second one.
 */
@TestPropertySource(properties = "lectern.generation.model=../shared/models/stories260K.gguf")
class GenerationIdempotencyIT extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    TextGenerator generator;

    @BeforeEach
    void modelReady() throws InterruptedException {
        ModelReadiness.await(generator, Duration.ofSeconds(60));
    }

    @Test
    void aRetriedChatCompletionIsTheFirstCompletionWithItsId() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"model":"lectern","messages":[{"role":"user","content":"Once upon a time"}],\
                "max_tokens":20,"temperature":1.2}""";

        HttpResponse<String> first = post("/v1/chat/completions", key, body);
        HttpResponse<String> retry = post("/v1/chat/completions", key, body);
        HttpResponse<String> fresh =
                post("/v1/chat/completions", UUID.randomUUID().toString(), body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(id(fresh)).as("another key is another completion").isNotEqualTo(id(first));
    }

    @Test
    void aRetriedGenerationReplaysAndAnotherPromptUnderTheSameKeyIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first =
                post("/api/v1/generate", key, "{\"prompt\":\"Once upon a time\",\"maxTokens\":20,\"temperature\":1.2}");
        HttpResponse<String> retry =
                post("/api/v1/generate", key, "{\"prompt\":\"Once upon a time\",\"maxTokens\":20,\"temperature\":1.2}");
        HttpResponse<String> other =
                post("/api/v1/generate", key, "{\"prompt\":\"The dog\",\"maxTokens\":20,\"temperature\":1.2}");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(other.statusCode()).isEqualTo(422);
    }

    private HttpResponse<String> post(String path, String key, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", Api.adminAuthorization(port))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String id(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("id").asString();
    }
}
