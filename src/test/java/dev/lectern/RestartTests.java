package dev.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api;
import dev.lectern.support.SampleDocuments;
import dev.lectern.support.TestDataDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** Embedded mode keeps everything in the data directory: a restart loses nothing. */
class RestartTests {

    @Test
    void workspacesDocumentsAndIndexSurviveARestart() {
        Path dataDir = TestDataDirectory.create();
        String workspace;
        String document;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            Api api = new Api(port(first));
            workspace = api.createWorkspace("Kept");
            document = api.upload(
                            "/api/v1/workspaces/" + workspace + "/documents",
                            "file",
                            "handbook.md",
                            SampleDocuments.HANDBOOK.getBytes(StandardCharsets.UTF_8))
                    .json()
                    .get("id")
                    .asString();
            assertThat(api.awaitProcessed(document, Duration.ofSeconds(60))
                            .get("status")
                            .asString())
                    .isEqualTo("READY");
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            Api api = new Api(port(second));
            assertThat(api.get("/api/v1/workspaces").body()).contains(workspace);
            assertThat(api.get("/api/v1/documents/" + document)
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("READY");
            JsonNode results = api.get("/api/v1/workspaces/" + workspace + "/search?q=paid%20leave%20days")
                    .json()
                    .get("results");
            assertThat(results.get(0).get("text").asString()).contains("twenty-eight days");
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // arguments, not builder defaults: application.yml would override defaults with port 8080 and ./data
        return new SpringApplicationBuilder(LecternApplication.class)
                .run(java.util.stream.Stream.concat(
                                java.util.stream.Stream.of("--server.port=0", "--lectern.data-dir=" + dataDir),
                                dev.lectern.support.Api.serverArguments().stream())
                        .toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
