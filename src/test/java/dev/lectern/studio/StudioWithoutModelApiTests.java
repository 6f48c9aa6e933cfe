package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The studio on a fresh installation with no language model: extractive where it can, else 503. */
class StudioWithoutModelApiTests extends ApiTest {

    String workspace;
    String document;

    @BeforeEach
    void document() {
        workspace = api.createWorkspace("No model");
        Response uploaded = api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                "refunds.md",
                "# Refunds\n\nRefunds are paid within 14 days of the return.\n".getBytes(StandardCharsets.UTF_8));
        document = uploaded.json().get("id").asString();
        api.awaitProcessed(document, Duration.ofSeconds(60));
    }

    @Test
    void answersAndSummariesAreExtractiveAndLabelledSo() {
        JsonNode answer =
                post("answers", "{\"question\":\"When are refunds paid?\"}").json();
        JsonNode summary =
                post("summaries", "{\"documentIds\":[\"" + document + "\"]}").json();

        assertThat(answer.get("mode").asString()).isEqualTo("EXTRACTIVE");
        assertThat(answer.get("text").asString()).isEqualTo("Refunds are paid within 14 days of the return [1].");
        assertThat(answer.get("citations").get(0).get("documentId").asString()).isEqualTo(document);
        assertThat(summary.get("mode").asString()).isEqualTo("EXTRACTIVE");
        assertThat(summary.get("citations")).hasSize(1);
    }

    @Test
    void copyAndExplicitlyGenerativeAnswersAre503WithTheModelsState() {
        Response copy = post("copy", "{\"brief\":\"Post about refunds\"}");
        Response generative = post("answers", "{\"question\":\"When are refunds paid?\",\"mode\":\"GENERATIVE\"}");

        assertThat(copy.status()).isEqualTo(503);
        assertThat(copy.json().get("type").asString()).endsWith("/no-model-configured");
        assertThat(generative.status()).isEqualTo(503);
    }

    @Test
    void streamedCopyIsA503ProblemBeforeAnyStreamOpens() {
        Response copy = api.postJson(
                "/api/v1/workspaces/" + workspace + "/copy",
                "{\"brief\":\"Post about refunds\"}",
                "text/event-stream, application/problem+json");

        assertThat(copy.status()).isEqualTo(503);
        assertThat(copy.header("Content-Type")).startsWith("application/problem+json");
        assertThat(copy.json().get("type").asString()).endsWith("/no-model-configured");
    }

    private Response post(String resource, String body) {
        return api.postJson("/api/v1/workspaces/" + workspace + "/" + resource, body);
    }
}
