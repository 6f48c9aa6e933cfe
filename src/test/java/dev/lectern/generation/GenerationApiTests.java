package dev.lectern.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Generation with no model configured, the state of a fresh installation. */
class GenerationApiTests extends ApiTest {

    @Test
    void answers503WithHowToConfigureAModel() {
        Response response = api.postJson("/api/v1/generate", "{\"prompt\":\"Hello\",\"maxTokens\":5}");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/no-model-configured");
        assertThat(response.json().get("detail").asString()).contains("LECTERN_GENERATION_MODEL");
    }

    @Test
    void streamingRequestGetsTheSameProblemBeforeAnyEvent() {
        Response response =
                api.postJson("/api/v1/generate", "{\"prompt\":\"Hello\"}", "text/event-stream, application/json");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().get("type").asString()).endsWith("/no-model-configured");
    }

    @Test
    void rejectsBlankPromptAndExcessiveMaxTokens() {
        assertThat(api.postJson("/api/v1/generate", "{\"prompt\":\" \"}").status())
                .isEqualTo(400);
        Response tooMany = api.postJson("/api/v1/generate", "{\"prompt\":\"Hi\",\"maxTokens\":1000000}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("detail").asString()).contains("maxTokens");
    }

    @Test
    void healthShowsGeneratorStateWithoutFailingReadiness() {
        Response health = api.get("/actuator/health");
        assertThat(health.json()
                        .get("components")
                        .get("generator")
                        .get("details")
                        .get("state")
                        .asString())
                .isEqualTo("NOT_CONFIGURED");
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void absurdSamplingParametersAre400sThatNameTheParameter() {
        Response response = api.postJson("/api/v1/generate", "{\"prompt\":\"Hi\",\"temperature\":-1}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("temperature");

        assertThat(api.postJson("/api/v1/generate", "{\"prompt\":\"Hi\",\"topP\":2}")
                        .status())
                .isEqualTo(400);
        assertThat(api.postJson("/api/v1/generate", "{\"prompt\":\"Hi\",\"stop\":[\"\"]}")
                        .status())
                .isEqualTo(400);
    }
}
