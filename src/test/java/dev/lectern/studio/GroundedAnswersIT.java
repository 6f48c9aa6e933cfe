package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.generation.ModelReadiness;
import dev.lectern.generation.TextGenerator;
import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grounded answers end to end with the real in-process engine on the tiny stories260K model. It writes
 * children's stories, so this checks the mechanics (stream, citations event, stored conversation), not quality.
 */
@TestPropertySource(
        properties = {
            "lectern.generation.model=../shared/models/stories260K.gguf",
            "lectern.studio.answer-max-tokens=40"
        })
class GroundedAnswersIT extends ApiTest {

    @Autowired
    TextGenerator generator;

    String workspace;

    @BeforeEach
    void modelAndDocument() throws InterruptedException {
        ModelReadiness.await(generator, Duration.ofSeconds(60));
        workspace = api.createWorkspace("Studio IT");
        Response uploaded = api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                "garden.md",
                "# Garden\n\nLily watered the garden every morning with her red can.\n"
                        .getBytes(StandardCharsets.UTF_8));
        api.awaitProcessed(uploaded.json().get("id").asString(), Duration.ofSeconds(60));
    }

    @Test
    void streamsAGenerativeAnswerThenItsCitationsAndStoresTheConversation() {
        Response response = api.postJson(
                "/api/v1/workspaces/" + workspace + "/answers",
                "{\"question\":\"Who watered the garden?\",\"mode\":\"GENERATIVE\"}",
                "text/event-stream");

        assertThat(response.status()).isEqualTo(200);
        List<String> events = Arrays.stream(response.body().split("\n"))
                .filter(l -> l.startsWith("event:"))
                .toList();
        assertThat(events.getFirst()).isEqualTo("event:token");
        assertThat(events.subList(events.size() - 2, events.size())).containsExactly("event:citations", "event:done");
        JsonNode answer = JsonMapper.builder().build().readTree(data(response.body(), "citations"));
        assertThat(answer.get("mode").asString()).isEqualTo("GENERATIVE");
        assertThat(answer.get("citations").isArray()).isTrue();
        assertThat(answer.get("sentences").isArray()).isTrue();
        assertThat(answer.get("supportedShare").asDouble()).isBetween(0.0, 1.0);
        String conversation = answer.get("conversationId").asString();

        JsonNode stored = api.get("/api/v1/conversations/" + conversation).json();
        assertThat(stored.get("messages")).hasSize(2);
        assertThat(stored.get("messages").get(1).get("content").asString())
                .isEqualTo(answer.get("text").asString());
    }

    @Test
    void answersWholeAsJsonWithTheRealModel() {
        Response response = api.postJson(
                "/api/v1/workspaces/" + workspace + "/answers", "{\"question\":\"Who watered the garden?\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("mode").asString()).isEqualTo("GENERATIVE");
        assertThat(response.json().get("text").asString()).isNotBlank();
    }

    @Test
    void summarisesADocumentWithTheRealModel() {
        String document = api.get("/api/v1/workspaces/" + workspace + "/documents")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();

        Response response = api.postJson(
                "/api/v1/workspaces/" + workspace + "/summaries",
                "{\"documentIds\":[\"" + document + "\"],\"style\":\"KEY_POINTS\",\"mode\":\"GENERATIVE\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("modelCalls").asInt()).isEqualTo(1);
        assertThat(response.json().get("sourcesUsed").asInt()).isEqualTo(1);
        assertThat(response.json().get("sentences").isArray()).isTrue();
    }

    @Test
    void writesCopyVariantsWithTheRealModel() {
        Response response = api.postJson(
                "/api/v1/workspaces/" + workspace + "/copy",
                "{\"brief\":\"A post about Lily's garden\",\"channel\":\"AD_TEXT\",\"words\":30,\"variants\":2}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("variants")).hasSize(2);
        assertThat(response.json().get("variants").get(0).get("sentences").isArray())
                .isTrue();
    }

    @Test
    void generatesAReportWithTheRealModelAndExportsItAsPdf() throws Exception {
        Response created = api.postJson(
                "/api/v1/workspaces/" + workspace + "/reports",
                "{\"template\":\"executive-brief\",\"title\":\"Garden brief\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("report").get("id").asString();
        assertThat(created.json().get("report").get("sections")).hasSize(3);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + port + "/api/v1/reports/" + id + "/export?format=pdf"))
                .header("Authorization", dev.lectern.support.Api.adminAuthorization(port))
                .build();
        try (var http = java.net.http.HttpClient.newHttpClient();
                var pdf = org.apache.pdfbox.Loader.loadPDF(
                        http.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray())
                                .body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains("Garden brief", "Next steps");
        }
    }

    private static String data(String stream, String event) {
        String[] lines = stream.split("\n");
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].equals("event:" + event)) {
                return lines[i + 1].substring("data:".length());
            }
        }
        throw new AssertionError("No " + event + " event in " + stream);
    }
}
