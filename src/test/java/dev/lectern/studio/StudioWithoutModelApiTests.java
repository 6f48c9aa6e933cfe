package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
    @ExtendWith(OutputCaptureExtension.class)
    void streamedAnswersAndSummariesFallBackToQuotingWithoutLoggingAnError(CapturedOutput output) {
        Response answer = api.postJson(
                "/api/v1/workspaces/" + workspace + "/answers",
                "{\"question\":\"When are refunds paid?\"}",
                "text/event-stream");
        Response summary = api.postJson(
                "/api/v1/workspaces/" + workspace + "/summaries",
                "{\"documentIds\":[\"" + document + "\"]}",
                "text/event-stream");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("Refunds are paid within 14 days").contains("EXTRACTIVE");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.body()).contains("Refunds are paid within 14 days").contains("EXTRACTIVE");
        // no model is the expected state of a fresh installation, not an error with a stack trace in the log
        assertThat(output.getAll()).doesNotContain("GeneratorUnavailable").doesNotContain("Aggregation Error");
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
