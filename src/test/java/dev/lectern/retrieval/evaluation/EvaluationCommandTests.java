package dev.lectern.retrieval.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.LecternApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar lectern.jar eval retrieval}: the same evaluation as the API, printed as a table. */
class EvaluationCommandTests {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheHandComputedKeywordScores(@TempDir Path folder) throws Exception {
        HandScoredDataset.writeTo(folder);

        int exit = run("eval", "retrieval", "--dataset", folder.toString(), "--modes", "keyword");

        assertThat(exit).as(text(err)).isZero();
        assertThat(text(out))
                .contains("(8 documents, 3 queries, split test) on lucene")
                .contains("Indexed 8 of 8 documents")
                // the hand-computed 0.7502787 and 0.8333333 of HandScoredDataset, to four places
                .contains("| keyword | 0.7503 | 0.8333 | 0.8333 | 0.8333 |")
                .doesNotContain("| vector |");
    }

    @Test
    void explainsAMissingFileOrAnUnknownModeWithoutStarting(@TempDir Path folder) throws Exception {
        HandScoredDataset.writeTo(folder);
        Files.delete(folder.resolve("queries.jsonl"));

        assertThat(run("eval", "retrieval", "--dataset", folder.toString())).isEqualTo(2);
        assertThat(text(err)).contains("The data set has no queries.jsonl.", "Usage: eval retrieval");
        assertThat(run("eval", "retrieval", "--dataset", folder.toString(), "--modes", "semantic"))
                .isEqualTo(2);
        assertThat(text(err)).contains("'semantic' is not a search mode");
    }

    @Test
    void reportsABrokenDataSetWithItsLine(@TempDir Path folder) throws Exception {
        HandScoredDataset.writeTo(folder);
        Files.writeString(folder.resolve("qrels/test.tsv"), HandScoredDataset.QRELS + "q1\td1\tvery\n");

        assertThat(run("eval", "retrieval", "--dataset", folder.toString())).isEqualTo(1);
        assertThat(text(err)).contains("qrels/test.tsv line 8 has the score 'very', which is not a whole number.");
    }

    private int run(String... args) throws Exception {
        return EvaluationCommand.run(
                LecternApplication.class,
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
