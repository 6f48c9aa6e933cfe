package dev.lectern.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAI-compatible API on a fresh installation: no language model, so grounded answers are extractive. */
class OpenAiApiTests extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void listsTheEmbeddingModelAndEachWorkspaceButNoChatModelWhileNoneIsActive() {
        String workspace = api.createWorkspace("Listed");

        JsonNode models = api.get("/v1/models").json();

        assertThat(models.get("object").asString()).isEqualTo("list");
        List<String> ids = models.get("data")
                .valueStream()
                .map(m -> m.get("id").asString())
                .toList();
        assertThat(ids).contains("lectern-embed", "workspace:" + workspace).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ids).allMatch(id -> id.equals("lectern-embed") || id.startsWith("workspace:"));
        assertThat(api.get("/v1/models/workspace:" + workspace)
                        .json()
                        .get("owned_by")
                        .asString())
                .isEqualTo("lectern");
        assertThat(api.get("/v1/models/gpt-4o").status()).isEqualTo(404);
    }

    @Test
    void chatWithNoActiveModelIs503InOpenAisErrorShapeSayingWhatToDo() {
        Response response = chat("{\"model\":\"lectern\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode error = response.json().get("error");
        assertThat(error.get("type").asString()).isEqualTo("server_error");
        assertThat(error.get("code").asString()).isEqualTo("no_model_configured");
        assertThat(error.get("message").asString()).contains("LECTERN_GENERATION_MODEL");
    }

    @Test
    void unknownWorkspaceModelIs404ModelNotFound() {
        Response response = chat("""
                {"model":"workspace:7b1e8c9e-0000-4000-8000-000000000000",\
                "messages":[{"role":"user","content":"Hi"}]}""");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("error").get("code").asString()).isEqualTo("model_not_found");
        assertThat(response.json().get("error").get("type").asString()).isEqualTo("invalid_request_error");
    }

    @Test
    void badRequestsAre400sInOpenAisShape() {
        String workspace = "workspace:" + api.createWorkspace("Bad requests");

        Response malformed = chat("{\"model\":");
        Response noMessages = chat("{\"model\":\"" + workspace + "\",\"messages\":[]}");
        Response twoChoices = chat(
                "{\"model\":\"" + workspace + "\",\"n\":2," + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
        Response embeddingModel =
                chat("{\"model\":\"lectern-embed\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");

        assertThat(List.of(malformed, noMessages, twoChoices, embeddingModel)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("error").get("type").asString()).isEqualTo("invalid_request_error");
        });
        assertThat(twoChoices.json().get("error").get("message").asString()).contains("'n'");
        assertThat(embeddingModel.json().get("error").get("message").asString()).contains("/v1/embeddings");
    }

    @Test
    void workspaceModelAnswersFromItsDocumentsWithCitations() {
        String workspace = workspaceWithRefunds();

        Response response = chat("{\"model\":\"workspace:" + workspace + "\",\"messages\":["
                + "{\"role\":\"system\",\"content\":\"Be brief.\"},"
                + "{\"role\":\"user\",\"content\":\"When are refunds paid?\"}]}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode completion = response.json();
        assertThat(completion.get("object").asString()).isEqualTo("chat.completion");
        assertThat(completion.get("id").asString()).startsWith("chatcmpl-");
        JsonNode choice = completion.get("choices").get(0);
        assertThat(choice.get("message").get("role").asString()).isEqualTo("assistant");
        assertThat(choice.get("message").get("content").asString())
                .isEqualTo("Refunds are paid within 14 days of the return [1].");
        assertThat(choice.get("finish_reason").asString()).isEqualTo("stop");
        assertThat(completion.get("citations").get(0).get("documentName").asString())
                .isEqualTo("refunds.md");
        assertThat(completion.get("citations").get(0).get("number").asInt()).isEqualTo(1);
    }

    @Test
    void streamedWorkspaceAnswerIsDataLinesEndingWithDoneAndCarriesCitations() {
        String workspace = workspaceWithRefunds();

        Response response = chat("{\"model\":\"workspace:" + workspace + "\",\"stream\":true,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"When are refunds paid?\"}]}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/event-stream");
        List<String> data = Arrays.stream(response.body().split("\n"))
                .filter(line -> !line.isEmpty())
                .toList();
        assertThat(data).allMatch(line -> line.startsWith("data: "));
        assertThat(data.getLast()).isEqualTo("data: [DONE]");
        List<JsonNode> chunks = data.subList(0, data.size() - 1).stream()
                .map(line -> JSON.readTree(line.substring("data: ".length())))
                .toList();
        assertThat(chunks).allMatch(chunk -> chunk.get("object").asString().equals("chat.completion.chunk"));
        assertThat(chunks.getFirst()
                        .get("choices")
                        .get(0)
                        .get("delta")
                        .get("role")
                        .asString())
                .isEqualTo("assistant");
        String text = chunks.stream()
                .map(chunk ->
                        chunk.get("choices").get(0).get("delta").path("content").asString(""))
                .reduce("", String::concat);
        assertThat(text).isEqualTo("Refunds are paid within 14 days of the return [1].");
        JsonNode last = chunks.getLast();
        assertThat(last.get("choices").get(0).get("finish_reason").asString()).isEqualTo("stop");
        assertThat(last.get("citations").get(0).get("documentName").asString()).isEqualTo("refunds.md");
    }

    private String workspaceWithRefunds() {
        String workspace = api.createWorkspace("OpenAI grounded");
        Response uploaded = api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                "refunds.md",
                "# Refunds\n\nRefunds are paid within 14 days of the return.\n".getBytes(StandardCharsets.UTF_8));
        api.awaitProcessed(uploaded.json().get("id").asString(), Duration.ofSeconds(60));
        return workspace;
    }

    private Response chat(String body) {
        return api.postJson("/v1/chat/completions", body);
    }
}
