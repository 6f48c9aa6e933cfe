package dev.lectern.retrieval.evaluation;

import static dev.lectern.retrieval.evaluation.EvaluationApiTests.EVALUATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api;
import dev.lectern.support.ApiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** What an administrator is told when a data set cannot be evaluated. */
class EvaluationFailureTests extends ApiTest {

    @Autowired
    EvaluationSettings settings;

    @Test
    void refusesAFolderOutsideTheDatasetRoot(@TempDir Path elsewhere) throws IOException {
        HandScoredDataset.writeTo(elsewhere);
        Path root = settings.datasetRoot();

        Api.Response outside = submit(elsewhere.toString());
        Api.Response climbing = submit(root.resolve("../..").toString());

        for (Api.Response refused : new Api.Response[] {outside, climbing}) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).contains("application/problem+json");
            assertThat(refused.json().get("type").asString()).endsWith("/dataset-path-not-allowed");
        }
        assertThat(outside.json().get("detail").asString()).contains("is not below the data set root");
    }

    @Test
    void refusesAFolderWithoutQrelsBeforeStarting() throws IOException {
        Path folder = HandScoredDataset.writeTo(folder("no-qrels"));
        Files.delete(folder.resolve("qrels/test.tsv"));

        Api.Response refused = submit(folder.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).endsWith("/invalid-dataset");
        assertThat(refused.json().get("detail").asString()).isEqualTo("The data set has no qrels/test.tsv.");
    }

    @Test
    void refusesAnUploadWithoutQrelsAndAZipWithoutTheFiles() {
        Api.Response noQrels = Multipart.post(
                port,
                EVALUATIONS,
                Map.of(
                        "corpus", HandScoredDataset.CORPUS.getBytes(StandardCharsets.UTF_8),
                        "queries", HandScoredDataset.QUERIES.getBytes(StandardCharsets.UTF_8)),
                Map.of());
        Api.Response notAZip = Multipart.post(
                port, EVALUATIONS, Map.of("dataset", "plain text".getBytes(StandardCharsets.UTF_8)), Map.of());

        assertThat(noQrels.status()).isEqualTo(400);
        assertThat(noQrels.json().get("detail").asString()).contains("no 'qrels' part");
        assertThat(notAZip.status()).isEqualTo(400);
        assertThat(notAZip.json().get("detail").asString()).isEqualTo("The upload is not a readable zip file.");
    }

    @Test
    void failsWithTheLineOfAJudgmentOfAnUnknownDocument() throws IOException {
        Path folder = HandScoredDataset.writeTo(folder("unknown-doc"));
        Files.writeString(folder.resolve("qrels/test.tsv"), "q1\td9\t1\n", java.nio.file.StandardOpenOption.APPEND);

        JsonNode failed = Evaluating.awaitFinished(
                api, submit(folder.toString()).json().get("id").asString());

        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").asString())
                .isEqualTo("qrels/test.tsv line 8 judges the document 'd9', which is not in corpus.jsonl.");
        assertThat(failed.get("finishedAt").isNull()).isFalse();
    }

    @Test
    void failsWithTheLineOfBrokenJson() throws IOException {
        Path folder = HandScoredDataset.writeTo(folder("broken-json"));
        Files.writeString(folder.resolve("corpus.jsonl"), HandScoredDataset.CORPUS + "{\"_id\":\"d9\",\"text\":\n");

        JsonNode failed = Evaluating.awaitFinished(
                api, submit(folder.toString()).json().get("id").asString());

        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").asString()).startsWith("corpus.jsonl line 9 is not valid JSON");
    }

    @Test
    void refusesUnknownModesAndSplitsAndAnswers404ForUnknownEvaluations() throws IOException {
        Path folder = HandScoredDataset.writeTo(folder("bad-mode"));

        Api.Response badMode =
                api.postJson(EVALUATIONS, "{\"datasetPath\":\"%s\",\"modes\":[\"semantic\"]}".formatted(folder));
        Api.Response badSplit =
                api.postJson(EVALUATIONS, "{\"datasetPath\":\"%s\",\"split\":\"../x\"}".formatted(folder));
        Api.Response noPath = api.postJson(EVALUATIONS, "{}");

        assertThat(badMode.status()).isEqualTo(400);
        assertThat(badMode.json().get("detail").asString()).contains("'semantic' is not a search mode");
        assertThat(badSplit.status()).isEqualTo(400);
        assertThat(noPath.status()).isEqualTo(400);
        assertThat(api.get(EVALUATIONS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.delete(EVALUATIONS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    private Api.Response submit(String path) {
        return api.postJson(EVALUATIONS, "{\"datasetPath\":\"%s\",\"modes\":[\"keyword\"]}".formatted(path));
    }

    private Path folder(String name) {
        return settings.datasetRoot().resolve(name + "-" + UUID.randomUUID());
    }
}
