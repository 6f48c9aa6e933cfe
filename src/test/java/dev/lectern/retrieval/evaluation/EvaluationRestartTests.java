package dev.lectern.retrieval.evaluation;

import static dev.lectern.retrieval.evaluation.EvaluationApiTests.EVALUATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.LecternApplication;
import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.Chunk;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.IndexedChunk;
import dev.lectern.retrieval.SearchMode;
import dev.lectern.support.Api;
import dev.lectern.support.TestDataDirectory;
import dev.lectern.workspaces.WorkspaceId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** No evaluation stays running for ever: a restart, clean or after a crash, ends it FAILED and cleans up. */
class EvaluationRestartTests {

    @Test
    void evaluationsCutShortByAStopOrACrashEndFailedAfterTheRestart() throws IOException {
        Path dataDir = TestDataDirectory.create();
        HandScoredDataset.writeTo(dataDir.resolve("datasets/animals"));
        writeLargeDataSet(dataDir.resolve("datasets/large"), 3000);
        String running;
        UUID crashed = UUID.randomUUID();
        DocumentId leftInIndex = DocumentId.random();
        try (ConfigurableApplicationContext first = start(dataDir)) {
            Api api = new Api(port(first));
            Api.Response submitted = api.postJson(EVALUATIONS, "{\"datasetPath\":\"large\"}");
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
            running = submitted.json().get("id").asString();
            // an evaluation of a process that died mid-way: its row says INDEXING, its chunks are in the index
            WorkspaceId scratch = WorkspaceId.random();
            first.getBean(Evaluations.class)
                    .insert(
                            new Evaluation(
                                    crashed,
                                    "crashed",
                                    Evaluation.Status.INDEXING,
                                    "lucene",
                                    List.of(SearchMode.KEYWORD),
                                    "test",
                                    "upload",
                                    0,
                                    0,
                                    0,
                                    0,
                                    List.of(),
                                    null,
                                    Instant.now(),
                                    null,
                                    null),
                            scratch.value(),
                            "a-process-that-crashed");
            first.getBean(ChunkIndex.class)
                    .replaceDocuments(Map.of(
                            leftInIndex,
                            List.of(new IndexedChunk(
                                    new Chunk(leftInIndex, scratch, "left", 0, "left behind", "", 0, 11), unit(384)))));
            Evaluating.await(api, running, Duration.ofSeconds(120), "INDEXING");
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            Api api = new Api(port(second));
            for (String id : List.of(running, crashed.toString())) {
                JsonNode evaluation = api.get(EVALUATIONS + "/" + id).json();
                assertThat(evaluation.get("status").asString()).as(id).isEqualTo("FAILED");
                assertThat(evaluation.get("failureReason").asString()).startsWith("Interrupted by restart");
            }
            assertThat(second.getBean(ChunkIndex.class).countChunks(leftInIndex))
                    .isZero();
            // the restarted server evaluates again
            String again = api.postJson(EVALUATIONS, "{\"datasetPath\":\"animals\",\"modes\":[\"keyword\"]}")
                    .json()
                    .get("id")
                    .asString();
            assertThat(Evaluating.awaitFinished(api, again).get("status").asString())
                    .isEqualTo("COMPLETED");
        }
    }

    private static float[] unit(int dimensions) {
        float[] vector = new float[dimensions];
        vector[0] = 1;
        return vector;
    }

    private static void writeLargeDataSet(Path folder, int documents) throws IOException {
        StringBuilder corpus = new StringBuilder();
        for (int i = 0; i < documents; i++) {
            corpus.append("{\"_id\":\"d%d\",\"title\":\"Note %d\",\"text\":\"Passage number %d about topic %d.\"}\n"
                    .formatted(i, i, i, i % 97));
        }
        Files.createDirectories(folder.resolve("qrels"));
        Files.writeString(folder.resolve("corpus.jsonl"), corpus);
        Files.writeString(folder.resolve("queries.jsonl"), "{\"_id\":\"q1\",\"text\":\"topic 5\"}\n");
        Files.writeString(folder.resolve("qrels/test.tsv"), "q1\td5\t1\n");
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
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
