package dev.lectern.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api;
import dev.lectern.support.LecternProcess;
import dev.lectern.support.PostgresTestDatabase;
import dev.lectern.support.TestDataDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two Lectern processes on one PostgreSQL, as two replicas behind a Service: they migrate the schema once
 * between them, share the ingestion queue, search the same index, and when one dies in the middle of a
 * batch the other finishes every document exactly once.
 */
class ScaleOutIT {

    static final int BATCH = 5;

    @Test
    void twoReplicasShareTheWorkAndOneFinishesWhatTheOtherDroppedInTheMiddle() throws Exception {
        PostgresTestDatabase.Coordinates db = PostgresTestDatabase.fresh("scale_out");
        Path files = TestDataDirectory.create();
        List<String> settings = new ArrayList<>(PostgresTestDatabase.serverModeArguments(db));
        settings.addAll(List.of(
                "--lectern.documents.storage-dir=" + files, // the shared volume of the chart
                "--lectern.ingestion.jobs.workers=1",
                "--lectern.ingestion.jobs.lease=10s",
                "--lectern.ingestion.jobs.poll-interval=500ms"));

        // both start at once on an empty database: Flyway's lock lets exactly one migrate
        CompletableFuture<LecternProcess> startingA = startAsync(settings);
        CompletableFuture<LecternProcess> startingB = startAsync(settings);
        try (LecternProcess a = startingA.join();
                LecternProcess b = startingB.join()) {
            Api first = a.api();
            Api second = b.api();
            String workspace = first.createWorkspace("Shared");

            List<String> ids = upload(first, workspace, 0);
            for (String id : ids) {
                assertReadyOnce(second, id);
            }
            assertThat(embeddedDocuments(first))
                    .as("documents the first replica embedded")
                    .isPositive();
            assertThat(embeddedDocuments(second))
                    .as("documents the second replica embedded")
                    .isPositive();
            assertFindsEachMarker(second, workspace, ids, 0);

            List<String> batch = upload(second, workspace, BATCH);
            // each replica has one worker: two documents in progress means the first holds one of them
            awaitInProgress(second, batch, 2);
            a.kill();
            for (String id : batch) {
                assertReadyOnce(second, id);
            }
            assertFindsEachMarker(second, workspace, batch, BATCH);
        }
    }

    private static CompletableFuture<LecternProcess> startAsync(List<String> settings) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return LecternProcess.start(TestDataDirectory.create(), LecternProcess.freePort(), settings);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<String> upload(Api api, String workspace, int offset) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            ids.add(api.upload(
                            "/api/v1/workspaces/" + workspace + "/documents",
                            "file",
                            "report-" + (offset + i) + ".md",
                            CrashRecoveryIT.report(offset + i).getBytes(StandardCharsets.UTF_8))
                    .json()
                    .get("id")
                    .asString());
        }
        return ids;
    }

    private static void assertReadyOnce(Api api, String id) {
        JsonNode document = api.awaitProcessed(id, Duration.ofMinutes(4));
        assertThat(document.get("status").asString()).as(id).isEqualTo("READY");
        JsonNode chunks = api.get("/api/v1/documents/" + id + "/chunks").json().get("chunks");
        Set<Integer> ordinals = new HashSet<>();
        chunks.forEach(chunk -> ordinals.add(chunk.get("ordinal").asInt()));
        assertThat(ordinals).as("no duplicate chunks of %s", id).hasSize(chunks.size());
        assertThat(chunks.size()).isEqualTo(document.get("chunkCount").asInt());
    }

    private static void assertFindsEachMarker(Api api, String workspace, List<String> ids, int offset) {
        for (int i = 0; i < ids.size(); i++) {
            String marker = CrashRecoveryIT.marker(offset + i);
            JsonNode results = api.get("/api/v1/workspaces/" + workspace + "/search?mode=keyword&k=20&q="
                            + marker.replace(' ', '+'))
                    .json()
                    .get("results");
            Set<String> found = new HashSet<>();
            results.forEach(r -> found.add(r.get("documentId").asString()));
            assertThat(found).as("search for '%s'", marker).contains(ids.get(i));
        }
    }

    /** How many documents this replica embedded, from its own Prometheus scrape. */
    private static double embeddedDocuments(Api api) {
        Matcher count = Pattern.compile(
                        "(?m)^lectern_ingestion_stage_seconds_count\\{[^}]*stage=\"embed\"[^}]*} (\\S+)$")
                .matcher(api.get("/actuator/prometheus").body());
        return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }

    private static void awaitInProgress(Api api, List<String> ids, int atOnce) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            long processing = ids.stream()
                    .filter(id -> api.get("/api/v1/documents/" + id)
                            .json()
                            .get("status")
                            .asString()
                            .equals("PROCESSING"))
                    .count();
            if (processing >= atOnce) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Never saw " + atOnce + " documents of the batch processing at once");
    }
}
