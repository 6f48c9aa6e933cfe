package dev.lectern.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.generation.llamacpp.LlamaCppTextGenerator;
import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generate API with the real tiny stories260K model loaded by llama.cpp in this JVM. */
@TestPropertySource(properties = "lectern.generation.model=../shared/models/stories260K.gguf")
class GenerationIT extends ApiTest {

    @Autowired
    LlamaCppTextGenerator generator;

    @LocalServerPort
    int serverPort;

    @BeforeEach
    void modelReady() throws InterruptedException {
        ModelReadiness.await(generator, Duration.ofSeconds(60));
    }

    @Test
    void generatesTextFromThePrompt() {
        Response response = api.postJson("/api/v1/generate", "{\"prompt\":\"Once upon a time\",\"maxTokens\":40}");

        assertThat(response.status()).isEqualTo(200);
        String text = response.json().get("text").asString();
        assertThat(text).isNotBlank();
        assertThat(text.split("\\s+").length).isGreaterThan(5);
    }

    @Test
    void streamsTokensAsServerSentEventsThenDone() {
        Response response = api.postJson(
                "/api/v1/generate", "{\"prompt\":\"Once upon a time\",\"maxTokens\":20}", "text/event-stream");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/event-stream");
        List<String> events = Arrays.stream(response.body().split("\n"))
                .filter(line -> line.startsWith("event:"))
                .toList();
        assertThat(events.stream().filter(e -> e.equals("event:token")).count()).isBetween(5L, 21L);
        assertThat(events.getLast()).isEqualTo("event:done");
    }

    @Test
    void appliesStopSequenceAndSeedFromTheRequest() {
        String body = """
                {"prompt":"Once upon a time","maxTokens":60,"temperature":0.8,"seed":3,"stop":["."]}""";

        String first = api.postJson("/api/v1/generate", body).json().get("text").asString();
        String second =
                api.postJson("/api/v1/generate", body).json().get("text").asString();

        assertThat(first).isNotBlank().doesNotContain(".");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void jsonSchemaInTheRequestConstrainsTheOutput() {
        String body = """
                {"prompt":"Tom","maxTokens":100,"jsonSchema":{"type":"object",\
                "properties":{"name":{"type":"string","maxLength":30}},"required":["name"]}}""";

        String text = api.postJson("/api/v1/generate", body).json().get("text").asString();

        JsonNode json = JsonMapper.builder().build().readTree(text);
        assertThat(json.get("name").isString()).isTrue();
    }

    @Test
    void clientThatDisconnectsMidStreamFreesTheSlotAtOnce() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + "/api/v1/generate"))
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .header("Authorization", dev.lectern.support.Api.adminAuthorization(serverPort))
                .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"Once upon a time\",\"maxTokens\":1500}"))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            BufferedReader events = new BufferedReader(new InputStreamReader(response.body()));
            assertThat(events.readLine()).isEqualTo("event:token");
            assertThat(generator.activeSlots()).isEqualTo(1);
            response.body().close();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (generator.activeSlots() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(generator.activeSlots()).isZero();
    }
}
