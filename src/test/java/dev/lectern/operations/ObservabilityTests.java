package dev.lectern.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What an operator's Prometheus and Kubernetes probes see. */
class ObservabilityTests extends ApiTest {

    @Test
    void readinessCoversTheDatabaseAndTheIndexButNotTheModel() {
        JsonNode readiness = api.get("/actuator/health/readiness").json();

        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.get("components").propertyNames()).contains("db", "chunkIndex");
        assertThat(readiness.get("components").has("generator")).isFalse();
    }

    @Test
    void prometheusCountsDocumentsAsTheyBecomeReady() {
        double readyBefore = sample("lectern_documents", "status=\"ready\"").orElse(0.0);
        String workspace = api.createWorkspace("metrics");
        Response upload = api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                "metrics.txt",
                "Prometheus scrapes this replica every thirty seconds.".getBytes(StandardCharsets.UTF_8));
        api.awaitProcessed(upload.json().get("id").asString(), Duration.ofSeconds(60));

        assertThat(sample("lectern_documents", "status=\"ready\"")).hasValue(readyBefore + 1);
        assertThat(sample("lectern_ingestion_queue", "state=\"queued\"")).isPresent();
        assertThat(sample("lectern_ingestion_stage_seconds_count", "stage=\"embed\""))
                .hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(1));
    }

    @Test
    void prometheusShowsProcessMemoryBesideTheHeap() {
        double rss = sample("process_memory_rss_bytes", "").orElseThrow();
        double heap = sample("jvm_memory_used_bytes", "area=\"heap\"").orElseThrow();

        // the embedding model's native runtime alone makes the process larger than its heap
        assertThat(rss).isGreaterThan(heap);
    }

    /** The value of the first sample of a metric whose labels contain the given text. */
    private Optional<Double> sample(String metric, String label) {
        Response scrape = api.get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        Matcher line =
                Pattern.compile("(?m)^" + metric + "(\\{[^}]*})? (\\S+)$").matcher(scrape.body());
        while (line.find()) {
            if (line.group(1) == null ? label.isEmpty() : line.group(1).contains(label)) {
                return Optional.of(Double.parseDouble(line.group(2)));
            }
        }
        return Optional.empty();
    }
}
