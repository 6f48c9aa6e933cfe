package dev.lectern.retrieval.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lectern.support.Api;
import dev.lectern.support.ApiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** An administrator evaluates retrieval through the API, by server path and by upload, on hand-scored data. */
class EvaluationApiTests extends ApiTest {

    static final String EVALUATIONS = "/api/v1/admin/evaluations/retrieval";

    @Autowired
    EvaluationSettings settings;

    @Test
    void evaluatesAServerFolderInEveryModeAndStoresTheHandComputedScores() throws IOException {
        Path folder = HandScoredDataset.writeTo(settings.datasetRoot().resolve("animals-" + UUID.randomUUID()));

        Api.Response submitted =
                api.postJson(EVALUATIONS, "{\"datasetPath\":\"%s\",\"name\":\"Animals\"}".formatted(folder));

        assertThat(submitted.status()).isEqualTo(202);
        String id = submitted.json().get("id").asString();
        assertThat(submitted.header("Location")).isEqualTo(EVALUATIONS + "/" + id);
        assertThat(submitted.json().get("status").asString()).isEqualTo("QUEUED");
        JsonNode done = Evaluating.awaitFinished(api, id);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("name").asString()).isEqualTo("Animals");
        assertThat(done.get("backend").asString()).isEqualTo("lucene");
        assertThat(done.at("/dataset/documents").asInt()).isEqualTo(HandScoredDataset.DOCUMENTS);
        assertThat(done.at("/dataset/queries").asInt()).isEqualTo(HandScoredDataset.JUDGED_QUERIES);
        assertThat(done.at("/progress/percent").asInt()).isEqualTo(100);
        assertThat(done.at("/progress/documentsIndexed").asInt()).isEqualTo(HandScoredDataset.DOCUMENTS);
        assertThat(done.at("/progress/queriesRun").asInt()).isEqualTo(3 * HandScoredDataset.JUDGED_QUERIES);
        assertThat(done.get("startedAt").isNull()).isFalse();
        assertThat(done.get("finishedAt").isNull()).isFalse();
        assertThat(done.get("results")).hasSize(3);
        assertThat(done.get("results").get(0).get("mode").asString()).isEqualTo("vector");
        assertHandComputedKeywordScores(done.get("results").get(1));
        for (JsonNode mode : done.get("results")) {
            assertThat(mode.get("ndcg10").asDouble()).isBetween(0.0, 1.0);
            assertThat(mode.get("latencyP95Ms").asDouble())
                    .isGreaterThanOrEqualTo(mode.get("latencyP50Ms").asDouble());
        }
        JsonNode listed = api.get(EVALUATIONS + "?size=100").json();
        assertThat(listed.get("items").findValuesAsString("id")).contains(id);
        assertThat(listed.get("totalItems").asLong()).isPositive();
    }

    @Test
    void evaluatesUploadedFilesAndAnUploadedZipAlike() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("corpus", HandScoredDataset.CORPUS.getBytes(StandardCharsets.UTF_8));
        files.put("queries", HandScoredDataset.QUERIES.getBytes(StandardCharsets.UTF_8));
        files.put("qrels", HandScoredDataset.QRELS.getBytes(StandardCharsets.UTF_8));

        Api.Response threeFiles = Multipart.post(port, EVALUATIONS, files, Map.of("modes", "keyword"));
        Api.Response zip = Multipart.post(
                port, EVALUATIONS, Map.of("dataset", HandScoredDataset.zipped("animals")), Map.of("modes", "keyword"));

        assertThat(threeFiles.status()).as(threeFiles.body()).isEqualTo(202);
        assertThat(zip.status()).as(zip.body()).isEqualTo(202);
        assertThat(zip.json().get("name").asString()).isEqualTo("animals");
        for (Api.Response submitted : new Api.Response[] {threeFiles, zip}) {
            JsonNode done =
                    Evaluating.awaitFinished(api, submitted.json().get("id").asString());
            assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
            assertThat(done.at("/dataset/source").asString()).isEqualTo("upload");
            assertThat(done.get("results")).hasSize(1);
            assertHandComputedKeywordScores(done.get("results").get(0));
        }
        // the uploads are removed once their evaluations end
        assertThat(settings.workDir().resolve(zip.json().get("id").asString())).doesNotExist();
    }

    @Test
    void listsNewestFirstPageByPageAndDeletes() throws IOException {
        Path folder = HandScoredDataset.writeTo(settings.datasetRoot().resolve("list-" + UUID.randomUUID()));
        String body = "{\"datasetPath\":\"%s\",\"modes\":[\"keyword\"]}".formatted(folder);
        String older = api.postJson(EVALUATIONS, body).json().get("id").asString();
        String newer = api.postJson(EVALUATIONS, body).json().get("id").asString();
        Evaluating.awaitFinished(api, older);
        Evaluating.awaitFinished(api, newer);

        JsonNode first = api.get(EVALUATIONS + "?page=0&size=1").json();
        JsonNode second = api.get(EVALUATIONS + "?page=1&size=1").json();

        assertThat(first.get("items").get(0).get("id").asString()).isEqualTo(newer);
        assertThat(second.get("items").get(0).get("id").asString()).isEqualTo(older);
        assertThat(api.delete(EVALUATIONS + "/" + older).status()).isEqualTo(204);
        assertThat(api.get(EVALUATIONS + "/" + older).status()).isEqualTo(404);
        assertThat(api.get(EVALUATIONS + "?size=0").status()).isEqualTo(400);
    }

    private static void assertHandComputedKeywordScores(JsonNode keyword) {
        assertThat(keyword.get("mode").asString()).isEqualTo("keyword");
        assertThat(keyword.get("ndcg10").asDouble()).isCloseTo(HandScoredDataset.KEYWORD_NDCG_10, within(1e-6));
        assertThat(keyword.get("recall10").asDouble()).isCloseTo(HandScoredDataset.KEYWORD_RECALL_10, within(1e-6));
        assertThat(keyword.get("recall100").asDouble()).isCloseTo(HandScoredDataset.KEYWORD_RECALL_100, within(1e-6));
        assertThat(keyword.get("mrr10").asDouble()).isCloseTo(HandScoredDataset.KEYWORD_MRR_10, within(1e-6));
        assertThat(keyword.get("latencyP50Ms").asDouble()).isPositive();
    }

    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
