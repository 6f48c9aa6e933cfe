package dev.lectern.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.generation.ModelReadiness;
import dev.lectern.generation.TextGenerator;
import dev.lectern.generation.llamacpp.LlamaCppTextGenerator;
import dev.lectern.support.Api;
import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.OpenAiEmbeddingModel;
import org.springframework.ai.openai.OpenAiEmbeddingOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring AI's OpenAI chat and embedding models, a client nobody here wrote, pointed at a running Lectern with the
 * real in-process engine on the tiny stories260K model (it writes children's stories: mechanics, not quality).
 */
@TestPropertySource(
        properties = {
            "lectern.generation.model=../shared/models/stories260K.gguf",
            "lectern.studio.answer-max-tokens=40"
        })
class OpenAiClientIT extends ApiTest {

    /** A real Lectern API key of the bootstrap administrator, sent as the bearer token like every OpenAI client does. */
    private String apiKey() {
        return Api.adminAuthorization(port).substring("Bearer ".length());
    }

    @Autowired
    TextGenerator generator;

    @Autowired
    LlamaCppTextGenerator slots;

    @Autowired
    EmbeddingModel lecternEmbeddings;

    @BeforeEach
    void modelReady() throws InterruptedException {
        ModelReadiness.await(generator, Duration.ofSeconds(60));
    }

    @Test
    void chatModelCallGetsTheGeneratedTextWithUsage() {
        ChatResponse response = chat().call(new Prompt("Once upon a time", greedy("lectern", 30)));

        assertThat(response.getResult().getOutput().getText()).isNotBlank();
        assertThat(response.getMetadata().getUsage().getPromptTokens()).isPositive();
        assertThat(response.getMetadata().getUsage().getCompletionTokens()).isBetween(2, 30);
        assertThat(response.getMetadata().getModel()).isEqualTo("lectern");
    }

    @Test
    void chatModelStreamDeliversPiecesThatJoinToTheWholeGreedyAnswer() {
        String whole = chat().call(new Prompt("Once upon a time", greedy("lectern", 25)))
                .getResult()
                .getOutput()
                .getText();

        List<String> pieces = chat().stream(new Prompt("Once upon a time", greedy("lectern", 25)))
                .map(response -> response.getResult() == null
                        ? ""
                        : String.valueOf(response.getResult().getOutput().getText()))
                .filter(text -> !text.isEmpty() && !text.equals("null"))
                .collectList()
                .block(Duration.ofSeconds(60));

        assertThat(pieces).hasSizeGreaterThan(5);
        assertThat(String.join("", pieces)).isEqualTo(whole);
    }

    @Test
    void jsonSchemaResponseFormatConstrainsTheOutput() {
        var format = OpenAiChatModel.ResponseFormat.builder()
                .type(OpenAiChatModel.ResponseFormat.Type.JSON_SCHEMA)
                .jsonSchema("""
                        {"type":"object","properties":{"name":{"type":"string","maxLength":30}},"required":["name"]}""")
                .build();
        var options = greedy("lectern", 100).mutate().responseFormat(format).build();

        String text =
                chat().call(new Prompt("Tom", options)).getResult().getOutput().getText();

        JsonNode json = JsonMapper.builder().build().readTree(text);
        assertThat(json.get("name").isString()).isTrue();
    }

    @Test
    void unknownModelFailsTheClientWithNotFound() {
        assertThatThrownBy(() -> chat().call(new Prompt("Hi", greedy("gpt-4o", 5))))
                .isInstanceOf(com.openai.errors.NotFoundException.class)
                .hasMessageContaining("gpt-4o")
                .hasMessageContaining("GET /v1/models");
    }

    @Test
    void workspaceModelGroundsTheAnswerAndTheRawResponseCarriesCitations() {
        String workspace = api.createWorkspace("OpenAI client IT");
        Response uploaded = api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                "garden.md",
                "# Garden\n\nLily watered the garden every morning with her red can.\n"
                        .getBytes(StandardCharsets.UTF_8));
        api.awaitProcessed(uploaded.json().get("id").asString(), Duration.ofSeconds(60));

        String text = chat().call(new Prompt("Who watered the garden?", greedy("workspace:" + workspace, 40)))
                .getResult()
                .getOutput()
                .getText();
        Response raw = api.postJson("/v1/chat/completions", """
                {"model":"workspace:%s","messages":[{"role":"user","content":"Who watered the garden?"}]}""".formatted(workspace));

        assertThat(text).isNotBlank();
        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.json().get("citations").isArray()).isTrue();
        assertThat(raw.json().get("usage").get("completion_tokens").asInt()).isPositive();
    }

    @Test
    void clientThatLeavesMidStreamFreesTheGeneratorSlotAtOnce() throws Exception {
        String body = "{\"model\":\"lectern\",\"stream\":true,\"max_tokens\":1500,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Once upon a time\"}]}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/chat/completions"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + apiKey())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            BufferedReader events = new BufferedReader(new InputStreamReader(response.body()));
            assertThat(events.readLine()).startsWith("data: {"); // the role
            assertThat(events.readLine()).isEmpty();
            assertThat(events.readLine()).contains("\"content\""); // the first piece: the model is writing
            assertThat(slots.activeSlots()).isEqualTo(1);
            response.body().close();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (slots.activeSlots() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(slots.activeSlots()).isZero();
    }

    @Test
    void embeddingModelGetsLecternsOwnVectors() {
        var client = new OpenAiEmbeddingModel(OpenAiEmbeddingOptions.builder()
                .baseUrl(baseUrl())
                .apiKey(apiKey())
                .model("lectern-embed")
                .build());

        List<float[]> vectors = client.embed(List.of("red apples in a bowl", "the tax law of 1990"));

        assertThat(vectors).hasSize(2);
        assertThat(vectors.get(0)).hasSize(384).containsExactly(lecternEmbeddings.embed("red apples in a bowl"));
        assertThat(client.dimensions()).isEqualTo(384);
    }

    private OpenAiChatModel chat() {
        return OpenAiChatModel.builder()
                .options(OpenAiChatOptions.builder()
                        .baseUrl(baseUrl())
                        .apiKey(apiKey())
                        .maxRetries(0)
                        .build())
                .build();
    }

    /** The request's options replace the client's, model included (Spring AI's default is an OpenAI model). */
    private static OpenAiChatOptions greedy(String model, int maxTokens) {
        return OpenAiChatOptions.builder()
                .model(model)
                .maxTokens(maxTokens)
                .temperature(0.0)
                .seed(7)
                .build();
    }

    private String baseUrl() {
        return "http://localhost:" + port + "/v1";
    }
}
