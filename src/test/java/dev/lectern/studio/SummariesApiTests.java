package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** Summaries through the API with real retrieval and a scripted model. */
@Import(ScriptedModelConfiguration.class)
class SummariesApiTests extends ApiTest {

    @Autowired
    ScriptedChatModel model;

    String workspace;
    String policy;

    @BeforeEach
    void documents() {
        workspace = api.createWorkspace("Summaries");
        policy = upload(
                "policy.md",
                "# Refunds\n\nRefunds are paid within 14 days.\n\n# Shipping\n\nShipping is free above 50 euros.\n");
    }

    @Test
    void summarisesADocumentInTheStyleAskedWithCitationsPerStatement() {
        model.reply("Refunds are paid within 14 days [1]. Delivery is by drone.");

        Response response =
                summarize("{\"documentIds\":[\"" + policy + "\"],\"style\":\"EXECUTIVE_BRIEF\",\"targetWords\":60}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode summary = response.json();
        assertThat(summary.get("mode").asString()).isEqualTo("GENERATIVE");
        assertThat(summary.get("style").asString()).isEqualTo("EXECUTIVE_BRIEF");
        assertThat(summary.get("citations").get(0).get("documentId").asString()).isEqualTo(policy);
        assertThat(summary.get("unsupported").toString()).isEqualTo("[\"Delivery is by drone.\"]");
        assertThat(summary.get("supportedShare").asDouble()).isEqualTo(0.5);
        String prompt = model.lastPrompt().getUserMessage().getText();
        assertThat(prompt).contains("executive brief", "about 60 words", "Refunds are paid within 14 days.");
    }

    @Test
    void streamsTheSummaryAsItIsWrittenThenTheCheckedSummaryThenDone() {
        model.reply("Refunds are paid within 14 days [1]. Delivery is by drone.");

        Response response = api.postJson(
                "/api/v1/workspaces/" + workspace + "/summaries",
                "{\"documentIds\":[\"" + policy + "\"]}",
                "text/event-stream");

        assertThat(response.contentType()).startsWith("text/event-stream");
        SentEvents events = SentEvents.of(response.body());
        assertThat(events.names().subList(0, events.names().size() - 2))
                .hasSizeGreaterThan(1)
                .allMatch(name -> name.equals("token"));
        assertThat(events.names()
                        .subList(events.names().size() - 2, events.names().size()))
                .containsExactly("summary", "done");
        String streamed = events.all("token").stream()
                .map(token -> token.get("text").asString())
                .reduce("", String::concat);
        assertThat(streamed).isEqualTo("Refunds are paid within 14 days [1]. Delivery is by drone.");
        JsonNode summary = events.first("summary");
        assertThat(summary.get("supportedShare").asDouble()).isEqualTo(0.5);
        assertThat(summary.get("sentences").get(0).get("supported").asBoolean()).isTrue();
        assertThat(summary.get("citations").get(0).get("documentId").asString()).isEqualTo(policy);
    }

    @Test
    void aStreamedSummaryOfBadInputGetsAProblemDetailBeforeAnyEvent() {
        Response response = api.postJson(
                "/api/v1/workspaces/" + workspace + "/summaries", "{\"targetWords\":5}", "text/event-stream");

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void summarisesTheResultsOfASearchExtractivelyWithoutTheModel() {
        int calls = model.prompts().size();

        JsonNode summary = summarize("{\"query\":\"shipping free\",\"mode\":\"EXTRACTIVE\"}")
                .json();

        assertThat(summary.get("mode").asString()).isEqualTo("EXTRACTIVE");
        assertThat(summary.get("text").asString()).contains("Shipping is free above 50 euros [");
        assertThat(summary.get("supportedShare").asDouble()).isEqualTo(1.0);
        assertThat(model.prompts()).hasSize(calls);
    }

    @Test
    void badRequestsGetProblemDetails() {
        assertThat(summarize("{}").status()).isEqualTo(400);
        assertThat(summarize("{\"documentIds\":[\"" + policy + "\"],\"targetWords\":5}")
                        .json()
                        .get("detail")
                        .asString())
                .contains("targetWords");
        assertThat(summarize("{\"documentIds\":[\"" + policy + "\"],\"targetWords\":100000}")
                        .status())
                .isEqualTo(400);
        assertThat(summarize("{\"documentIds\":[\"" + UUID.randomUUID() + "\"]}")
                        .status())
                .isEqualTo(404);
        assertThat(summarize("{\"style\":\"POEM\",\"query\":\"x\"}").status()).isEqualTo(400);
    }

    private Response summarize(String body) {
        return api.postJson("/api/v1/workspaces/" + workspace + "/summaries", body);
    }

    private String upload(String name, String content) {
        return StudioFixtures.uploadReady(api, workspace, name, content);
    }
}
