package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Thumbs up or down on stored answers: one rating per answer, addressed by its number in the conversation. */
class AnswerFeedbackApiTests extends ApiTest {

    String workspace;

    @BeforeEach
    void document() {
        workspace = api.createWorkspace("Feedback");
        String id = api.upload(
                        "/api/v1/workspaces/" + workspace + "/documents",
                        "file",
                        "refunds.md",
                        "# Refunds\n\nRefunds are paid within 14 days by bank transfer.\n"
                                .getBytes(StandardCharsets.UTF_8))
                .json()
                .get("id")
                .asString();
        api.awaitProcessed(id, Duration.ofSeconds(60));
    }

    @Test
    void storesOneRatingPerAnswerAndTheLatestWins() {
        String conversation = ask("{\"question\":\"When are refunds paid?\",\"mode\":\"EXTRACTIVE\"}");
        ask("{\"question\":\"How are refunds paid?\",\"mode\":\"EXTRACTIVE\",\"conversationId\":\"" + conversation
                + "\"}");

        assertThat(rate(conversation, 1, "{\"rating\":\"down\",\"comment\":\"Too short\"}")
                        .status())
                .isEqualTo(200);
        assertThat(rate(conversation, 0, "{\"rating\":\"DOWN\"}").status()).isEqualTo(200);
        assertThat(rate(conversation, 0, "{\"rating\":\"up\"}").status()).isEqualTo(200);

        JsonNode stored =
                api.get("/api/v1/conversations/" + conversation + "/feedback").json();
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).get("answer").asInt()).isEqualTo(0);
        assertThat(stored.get(0).get("rating").asString()).isEqualTo("UP");
        assertThat(stored.get(1).get("answer").asInt()).isEqualTo(1);
        assertThat(stored.get(1).get("rating").asString()).isEqualTo("DOWN");
        assertThat(stored.get(1).get("comment").asString()).isEqualTo("Too short");
    }

    @Test
    void rejectsUnknownAnswersConversationsAndRatings() {
        String conversation = ask("{\"question\":\"When are refunds paid?\",\"mode\":\"EXTRACTIVE\"}");

        assertThat(rate(conversation, 1, "{\"rating\":\"up\"}").status()).isEqualTo(404);
        assertThat(rate(UUID.randomUUID().toString(), 0, "{\"rating\":\"up\"}").status())
                .isEqualTo(404);
        Response bad = rate(conversation, 0, "{\"rating\":\"meh\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("type").asString()).endsWith("/invalid-feedback");
    }

    @Test
    void feedbackGoesWithItsConversation() {
        String conversation = ask("{\"question\":\"When are refunds paid?\",\"mode\":\"EXTRACTIVE\"}");
        rate(conversation, 0, "{\"rating\":\"up\"}");

        assertThat(api.delete("/api/v1/conversations/" + conversation).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/conversations/" + conversation + "/feedback")
                        .status())
                .isEqualTo(404);
    }

    private String ask(String body) {
        Response response = api.postJson("/api/v1/workspaces/" + workspace + "/answers", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("conversationId").asString();
    }

    private Response rate(String conversation, int answer, String body) {
        return api.putJson("/api/v1/conversations/" + conversation + "/answers/" + answer + "/feedback", body);
    }
}
