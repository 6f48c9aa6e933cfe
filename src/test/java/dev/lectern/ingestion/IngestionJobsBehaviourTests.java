package dev.lectern.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Retries, poison documents and the bound on concurrent work, with a sink that misbehaves on purpose. */
@TestPropertySource(
        properties = {
            "lectern.ingestion.jobs.workers=2",
            "lectern.ingestion.jobs.max-attempts=3",
            "lectern.ingestion.jobs.retry-backoff=300ms",
            "lectern.ingestion.jobs.poll-interval=100ms"
        })
class IngestionJobsBehaviourTests extends ApiTest {

    @TestConfiguration
    static class MisbehavingSink {
        @Bean
        static BeanPostProcessor controllableSink() {
            return ControllableSink.installer();
        }
    }

    String workspace;

    @BeforeEach
    void workspace() {
        ControllableSink.reset();
        workspace = api.createWorkspace("Jobs");
    }

    @Test
    void retriesATransientFailureAndEndsReady() {
        String id = upload("flaky-notes.md", "# Notes\n\nThe flaky index came back after a retry.");

        JsonNode document = api.awaitProcessed(id, Duration.ofSeconds(60));

        assertThat(document.get("status").asString()).isEqualTo("READY");
        assertThat(document.get("error").isNull()).isTrue();
        assertThat(ControllableSink.calls.values().iterator().next().get()).isEqualTo(2);
    }

    @Test
    void aPoisonDocumentFailsAloneAfterItsAttemptsAndTheOthersFinish() {
        String poison = upload("poison.md", "# Poison\n\nThis one always breaks the index.");
        List<String> healthy = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            healthy.add(upload("healthy-" + i + ".md", "# Healthy " + i + "\n\nPlain document number " + i + "."));
        }

        JsonNode failed = api.awaitProcessed(poison, Duration.ofSeconds(60));

        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("error").asString())
                .contains("after 3 attempts")
                .contains("index temporarily unavailable");
        for (String id : healthy) {
            assertThat(api.awaitProcessed(id, Duration.ofSeconds(60))
                            .get("status")
                            .asString())
                    .isEqualTo("READY");
        }
    }

    @Test
    void neverWorksOnMoreDocumentsAtOnceThanItHasWorkers() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(upload("slow-" + i + ".md", "# Slow " + i + "\n\nA document that takes its time, number " + i));
        }

        for (String id : ids) {
            assertThat(api.awaitProcessed(id, Duration.ofSeconds(60))
                            .get("status")
                            .asString())
                    .isEqualTo("READY");
        }
        assertThat(ControllableSink.maxConcurrent.get()).isEqualTo(2);
    }

    @Test
    void showsEmbeddingProgressWhileItRuns() throws InterruptedException {
        String id = upload("slow-progress.md", "# Progress\n\n" + "A sentence about progress bars. ".repeat(50));

        JsonNode seen = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode document = api.get("/api/v1/documents/" + id).json();
            if (document.get("progress").get("stage").asString().equals("EMBEDDING")) {
                seen = document;
                break;
            }
            Thread.sleep(20);
        }

        assertThat(seen).as("document seen in the EMBEDDING stage").isNotNull();
        assertThat(seen.get("status").asString()).isEqualTo("PROCESSING");
        assertThat(seen.get("progress").get("total").asInt()).isPositive();
        assertThat(seen.get("progress").get("percent").asInt()).isBetween(10, 99);
        assertThat(api.awaitProcessed(id, Duration.ofSeconds(30))
                        .get("progress")
                        .get("percent")
                        .asInt())
                .isEqualTo(100);
    }

    private String upload(String name, String text) {
        return api.upload(
                        "/api/v1/workspaces/" + workspace + "/documents",
                        "file",
                        name,
                        text.getBytes(StandardCharsets.UTF_8))
                .json()
                .get("id")
                .asString();
    }
}
