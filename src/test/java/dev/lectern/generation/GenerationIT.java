package dev.lectern.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The generate API with the real tiny stories260K model loaded by llama.cpp in this JVM. */
@TestPropertySource(properties = "lectern.generation.model=../shared/models/stories260K.gguf")
class GenerationIT extends ApiTest {

    @Autowired
    TextGenerator generator;

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
}
