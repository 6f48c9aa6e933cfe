package dev.lectern.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.generation.ModelReadiness;
import dev.lectern.generation.llamacpp.LlamaCppTextGenerator;
import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * After an ingest, a search and a generation, every metric the shipped Grafana dashboard plots is on
 * /actuator/prometheus: a renamed meter would otherwise leave an operator with an empty panel.
 */
@TestPropertySource(properties = "lectern.generation.model=../shared/models/stories260K.gguf")
class PrometheusMetricsIT extends ApiTest {

    static final Path DASHBOARD = Path.of("helm/lectern/dashboards/lectern.json");

    @Autowired
    LlamaCppTextGenerator generator;

    @Test
    void everyMetricOfTheDashboardIsExposedAfterIngestSearchAndGeneration() throws Exception {
        ModelReadiness.await(generator, Duration.ofSeconds(60));
        String workspace = api.createWorkspace("Metrics");
        Response upload = api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                "lighthouse.txt",
                "The lighthouse keeper polishes brass lanterns every winter.".getBytes(StandardCharsets.UTF_8));
        api.awaitProcessed(upload.json().get("id").asString(), Duration.ofSeconds(60));
        for (String mode : new String[] {"vector", "keyword", "hybrid"}) {
            assertThat(api.get("/api/v1/workspaces/" + workspace + "/search?q=brass+lanterns&mode=" + mode)
                            .status())
                    .isEqualTo(200);
        }
        assertThat(api.postJson("/api/v1/generate", "{\"prompt\":\"Once upon a time\",\"maxTokens\":12}")
                        .status())
                .isEqualTo(200);

        String scrape = api.get("/actuator/prometheus").body();
        Set<String> exposed = new TreeSet<>();
        Matcher sample = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]").matcher(scrape);
        while (sample.find()) {
            exposed.add(sample.group(1));
        }
        Set<String> plotted = dashboardMetrics();
        assertThat(plotted).hasSizeGreaterThan(10);
        assertThat(exposed).containsAll(plotted);
        assertThat(scrape)
                .contains("mode=\"vector\"")
                .contains("mode=\"keyword\"")
                .contains("mode=\"hybrid\"");
    }

    /** Metric names in the dashboard's queries: identifiers directly followed by a label selector. */
    private static Set<String> dashboardMetrics() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher selector = Pattern.compile("([a-z_][a-z0-9_]*)\\{namespace").matcher(Files.readString(DASHBOARD));
        while (selector.find()) {
            names.add(selector.group(1));
        }
        return names;
    }
}
