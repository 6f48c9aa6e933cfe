package dev.lectern.retrieval.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.shared.LecternProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.util.unit.DataSize;

/** Server folders stay below the root; uploads stay within their bounds, however they are packed. */
class DatasetSourcesTests {

    @TempDir
    Path temp;

    @Test
    void readsAFolderBelowTheRootAndNothingOutsideIt() throws IOException {
        Path root = Files.createDirectories(temp.resolve("root"));
        Path inside = HandScoredDataset.writeTo(root.resolve("animals"));
        Path outside = HandScoredDataset.writeTo(temp.resolve("outside"));
        Files.createSymbolicLink(root.resolve("link"), outside);
        DatasetSources sources = sources(root, DataSize.ofMegabytes(1));

        assertThat(sources.serverFolder("animals", "test")).isEqualTo(inside);
        assertThat(sources.serverFolder(inside.toString(), "test")).isEqualTo(inside);
        assertThat(status(() -> sources.serverFolder(outside.toString(), "test")))
                .isEqualTo(403);
        assertThat(status(() -> sources.serverFolder("../outside", "test"))).isEqualTo(403);
        assertThat(status(() -> sources.serverFolder("link", "test"))).isEqualTo(403);
    }

    @Test
    void readsNoServerFolderWhenNoRootIsSet() {
        assertThat(status(() -> sources(null, DataSize.ofMegabytes(1)).serverFolder("/tmp", "test")))
                .isEqualTo(403);
    }

    @Test
    void findsTheDataSetInsideTheFolderOfAZip() throws IOException {
        Path folder = temp.resolve("unpacked");

        sources(null, DataSize.ofMegabytes(1)).unpack(zip(HandScoredDataset.zipped("beir/animals")), "test", folder);

        assertThat(folder.resolve("corpus.jsonl")).hasContent(HandScoredDataset.CORPUS.strip());
        assertThat(folder.resolve("qrels/test.tsv")).exists();
        assertThat(folder.resolve("qrels/train.tsv")).doesNotExist(); // only what the split needs
        assertThat(folder.resolve("upload.zip")).doesNotExist();
    }

    @Test
    void stopsAZipThatExpandsBeyondTheLimit() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            HandScoredDataset.entry(zip, "corpus.jsonl", " ".repeat(3 * 1024 * 1024)); // a few KB packed
            HandScoredDataset.entry(zip, "queries.jsonl", HandScoredDataset.QUERIES);
            HandScoredDataset.entry(zip, "qrels/test.tsv", HandScoredDataset.QRELS);
        }
        assertThat(bytes.size()).isLessThan(100 * 1024);

        assertThatThrownBy(() -> sources(null, DataSize.ofMegabytes(1))
                        .unpack(zip(bytes.toByteArray()), "test", temp.resolve("x")))
                .isInstanceOfSatisfying(LecternProblem.class, problem -> {
                    assertThat(problem.getStatusCode().value()).isEqualTo(413);
                    assertThat(problem.getBody().getDetail())
                            .isEqualTo("The zip expands to more than the limit of 1 MB.");
                });
    }

    @Test
    void refusesAZipWithoutTheSplitsJudgments() {
        assertThatThrownBy(() -> sources(null, DataSize.ofMegabytes(1))
                        .unpack(zip(HandScoredDataset.zipped("animals")), "dev", temp.resolve("y")))
                .isInstanceOf(InvalidDataset.class)
                .hasMessage("The zip holds no folder with corpus.jsonl, queries.jsonl, qrels/dev.tsv.");
    }

    private static Map<String, InputStreamSource> zip(byte[] content) {
        return Map.of(DatasetSources.ZIP_PART, new ByteArrayResource(content));
    }

    private DatasetSources sources(Path root, DataSize maxDatasetSize) {
        return new DatasetSources(
                new EvaluationSettings(root, temp.resolve("work"), DataSize.ofMegabytes(1), maxDatasetSize, 1));
    }

    private interface Call {
        Object run() throws IOException;
    }

    private static int status(Call call) {
        try {
            call.run();
            return 200;
        } catch (LecternProblem problem) {
            return problem.getStatusCode().value();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
