package dev.lectern.retrieval.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.retrieval.SearchMode;
import dev.lectern.support.ApiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The evaluation end to end on a small BEIR data set written by the test, where every answer is findable. */
class RetrievalEvaluationTests extends ApiTest {

    @Autowired
    RetrievalEvaluation evaluation;

    @Test
    void scoresEachModeOnABeirDataSetAndLeavesNothingBehind(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("qrels"));
        Files.writeString(folder.resolve("corpus.jsonl"), """
                {"_id":"d1","title":"Volcanoes","text":"Basalt columns form when lava cools slowly."}
                {"_id":"d2","title":"Baking","text":"Sourdough bread rises with wild yeast."}
                {"_id":"d3","title":"Astronomy","text":"Jupiter is the largest planet of the solar system."}
                {"_id":"q1","title":"Echo","text":"How does basalt form from lava?"}
                """);
        Files.writeString(folder.resolve("queries.jsonl"), """
                {"_id":"q1","text":"How does basalt form from lava?"}
                {"_id":"q2","text":"what makes sourdough rise"}
                {"_id":"q3","text":"largest planet"}
                {"_id":"q4","text":"a query nobody judged"}
                """);
        Files.writeString(
                folder.resolve("qrels/test.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t1\nq3\td3\t2\n");
        BeirDataset dataset = BeirDataset.read(folder, "test");
        List<String> progress = new ArrayList<>();

        var results = evaluation.evaluate(dataset, List.of(SearchMode.values()), new RetrievalEvaluation.Progress() {
            @Override
            public void indexed(int documents, int total) {
                progress.add("Indexed %d of %d".formatted(documents, total));
            }

            @Override
            public void searched(SearchMode mode, int queries, int total) {
                progress.add("%s %d of %d".formatted(mode, queries, total));
            }
        });

        assertThat(dataset.queries()).hasSize(3); // unjudged queries are left out
        assertThat(results).extracting(RetrievalEvaluation.ModeResult::mode).containsExactly(SearchMode.values());
        // the corpus document whose id equals q1 would rank first; BEIR drops it, so d1 still scores
        assertThat(results).allSatisfy(r -> {
            assertThat(r.ndcg10()).as(r.mode().name()).isEqualTo(1.0);
            assertThat(r.recall100()).isEqualTo(1.0);
            assertThat(r.p95Millis()).isPositive();
        });
        assertThat(progress).contains("Indexed 4 of 4", "KEYWORD 3 of 3");
    }
}
