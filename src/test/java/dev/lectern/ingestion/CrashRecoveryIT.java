package dev.lectern.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api;
import dev.lectern.support.LecternProcess;
import dev.lectern.support.TestDataDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** kill -9 in the middle of a batch, restart, and every document ends READY once with no duplicate chunks. */
class CrashRecoveryIT {

    static final int DOCUMENTS = 10;

    @Test
    void everyDocumentEndsReadyOnceAfterAKillDuringIngestion() throws Exception {
        Path dataDir = TestDataDirectory.create();
        int port = LecternProcess.freePort();
        List<String> settings = List.of("--lectern.ingestion.jobs.workers=1");
        String workspace;
        List<String> ids = new ArrayList<>();

        LecternProcess first = LecternProcess.start(dataDir, port, settings);
        Api api = first.api();
        workspace = api.createWorkspace("Crash");
        for (int i = 0; i < DOCUMENTS; i++) {
            ids.add(api.upload(
                            "/api/v1/workspaces/" + workspace + "/documents",
                            "file",
                            "report-" + i + ".md",
                            report(i).getBytes(StandardCharsets.UTF_8))
                    .json()
                    .get("id")
                    .asString());
        }
        awaitSomeReadyAndOneInProgress(api, ids);
        first.kill();

        try (LecternProcess second = LecternProcess.start(dataDir, port, settings)) {
            Api restarted = second.api();
            for (int i = 0; i < DOCUMENTS; i++) {
                String id = ids.get(i);
                JsonNode document = restarted.awaitProcessed(id, Duration.ofMinutes(3));
                assertThat(document.get("status").asString())
                        .as("document %d", i)
                        .isEqualTo("READY");

                JsonNode chunks = restarted
                        .get("/api/v1/documents/" + id + "/chunks")
                        .json()
                        .get("chunks");
                assertThat(chunks.size()).isEqualTo(document.get("chunkCount").asInt());
                Set<Integer> ordinals = new HashSet<>();
                chunks.forEach(chunk -> ordinals.add(chunk.get("ordinal").asInt()));
                assertThat(ordinals).as("no duplicate chunks").hasSize(chunks.size());

                JsonNode best = restarted
                        .get("/api/v1/workspaces/" + workspace + "/search?q="
                                + marker(i).replace(' ', '+') + "&k=1")
                        .json()
                        .get("results")
                        .get(0);
                assertThat(best.get("documentId").asString())
                        .as("best match for '%s': %s", marker(i), best)
                        .isEqualTo(id);
            }
        }
    }

    private static void awaitSomeReadyAndOneInProgress(Api api, List<String> ids) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            long ready = 0;
            boolean inProgress = false;
            for (String id : ids) {
                String status =
                        api.get("/api/v1/documents/" + id).json().get("status").asString();
                ready += status.equals("READY") ? 1 : 0;
                inProgress |= status.equals("PROCESSING");
            }
            if (ready >= 2 && ready < ids.size() && inProgress) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Never saw some documents READY while another was processing");
    }

    /** A report long enough to take the embedding model a second or two, with one phrase found nowhere else. */
    static String report(int i) {
        StringBuilder text = new StringBuilder("# Quarterly report " + i + "\n\n");
        for (int section = 0; section < 6; section++) {
            text.append("## Section ").append(section).append("\n\n");
            for (int p = 0; p < 4; p++) {
                text.append("Revenue grew in region ")
                        .append(section)
                        .append(" while costs stayed flat. ")
                        .append("The team shipped features, hired staff and reviewed suppliers. ".repeat(5))
                        .append("\n\n");
            }
        }
        return text.append("## Appendix\n\n").append(marker(i)).append(".\n").toString();
    }

    /** Ten sentences on unrelated topics, so each document has one passage nothing else resembles. */
    static String marker(int i) {
        return List.of(
                        "the lighthouse keeper polishes brass lanterns every winter",
                        "our sourdough starter lives in a ceramic jar in the pantry",
                        "volcanic basalt columns line the northern coast of the island",
                        "the chess club meets on tuesday evenings in the library annex",
                        "migrating cranes rest in the wetlands during october",
                        "the violin workshop uses spruce tops aged for ten years",
                        "astronauts rehearse spacewalks in a deep training pool",
                        "saffron threads are harvested by hand from crocus flowers",
                        "the marathon route crosses four bridges over the river",
                        "glassblowers shape molten silica at twelve hundred degrees")
                .get(i);
    }
}
