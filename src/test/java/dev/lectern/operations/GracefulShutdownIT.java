package dev.lectern.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api;
import dev.lectern.support.LecternProcess;
import dev.lectern.support.TestDataDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * SIGTERM as Kubernetes sends it during a rollout: Lectern stops within the grace period, gives unfinished
 * ingestion back to the queue at once (not after a lease runs out), and logs as JSON lines when asked.
 */
class GracefulShutdownIT {

    static final int DOCUMENTS = 6;

    @Test
    void stopsWithinTheGracePeriodAndHandsUnfinishedWorkBack() throws Exception {
        Path dataDir = TestDataDirectory.create();
        int port = LecternProcess.freePort();
        // a lease far longer than the test: only an explicit hand-back lets the restart finish the work
        List<String> settings = List.of(
                "--lectern.ingestion.jobs.workers=1",
                "--lectern.ingestion.jobs.lease=30m",
                "--lectern.ingestion.jobs.reclaim-on-startup=false",
                "--logging.structured.format.console=ecs");
        List<String> ids = new ArrayList<>();

        LecternProcess first = LecternProcess.start(dataDir, port, settings);
        Api api = first.api();
        String workspace = api.createWorkspace("Rollout");
        for (int i = 0; i < DOCUMENTS; i++) {
            ids.add(api.upload(
                            "/api/v1/workspaces/" + workspace + "/documents",
                            "file",
                            "minutes-" + i + ".md",
                            minutes(i).getBytes(StandardCharsets.UTF_8))
                    .json()
                    .get("id")
                    .asString());
        }
        awaitOneInProgress(api, ids);
        long stopping = System.nanoTime();
        first.stop(Duration.ofSeconds(45));
        Duration stopped = Duration.ofNanos(System.nanoTime() - stopping);

        assertThat(stopped).isLessThan(Duration.ofSeconds(30));
        assertJsonLines(first.logFile());

        try (LecternProcess second = LecternProcess.start(dataDir, port, settings)) {
            for (String id : ids) {
                JsonNode document = second.api().awaitProcessed(id, Duration.ofMinutes(3));
                assertThat(document.get("status").asString()).isEqualTo("READY");
            }
        }
    }

    private static void assertJsonLines(Path log) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(log).stream()
                .filter(line -> line.startsWith("{"))
                .toList();
        assertThat(lines).as("structured log lines").hasSizeGreaterThan(5);
        List<String> messages = new ArrayList<>();
        for (String line : lines) {
            JsonNode entry = json.readTree(line);
            assertThat(entry.has("@timestamp")).as(line).isTrue();
            assertThat(entry.has("log.level") || entry.has("log")).as(line).isTrue();
            messages.add(entry.path("message").asString());
        }
        assertThat(messages).anyMatch(m -> m.contains("Graceful shutdown complete"));
    }

    private static void awaitOneInProgress(Api api, List<String> ids) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            for (String id : ids.subList(1, ids.size())) {
                if (api.get("/api/v1/documents/" + id)
                        .json()
                        .get("status")
                        .asString()
                        .equals("PROCESSING")) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No document was ever seen processing");
    }

    /** Meeting minutes long enough that embedding them takes a few seconds on two cores. */
    private static String minutes(int i) {
        StringBuilder text = new StringBuilder("# Minutes of meeting " + i + "\n\n");
        for (int item = 0; item < 12; item++) {
            text.append("## Item ").append(item).append("\n\n");
            text.append("The board discussed budget line ")
                    .append(item)
                    .append(" and agreed to revisit it next quarter. ".repeat(12))
                    .append("\n\n");
        }
        return text.toString();
    }
}
