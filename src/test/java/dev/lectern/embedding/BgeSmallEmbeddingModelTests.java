package dev.lectern.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

class BgeSmallEmbeddingModelTests {

    private static final int WORKERS = 2;

    private static BgeSmallEmbeddingModel model;

    @BeforeAll
    static void loadModel() throws IOException {
        // as EmbeddingConfiguration does: never download, unpack native libraries away from the home folder.
        // The folder (under target/) outlives the class because the property stays set for later classes.
        Path cacheDir = Files.createDirectories(Path.of("target", "djl-cache"));
        System.setProperty("ai.djl.offline", "true");
        if (System.getProperty("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", cacheDir.toString());
        }
        if (System.getProperty("ENGINE_CACHE_DIR") == null) {
            System.setProperty("ENGINE_CACHE_DIR", cacheDir.toString());
        }
        model = new BgeSmallEmbeddingModel(new EmbeddingSettings(WORKERS, 512, cacheDir));
    }

    @AfterAll
    static void closeModel() throws Exception {
        if (model != null) {
            model.close();
        }
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void assertSameVector(String label, float[] actual, float[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        float maxDifference = 0;
        for (int i = 0; i < expected.length; i++) {
            maxDifference = Math.max(maxDifference, Math.abs(actual[i] - expected[i]));
        }
        assertThat(maxDifference)
                .as("%s: largest component difference (cosine %.6f)", label, dot(actual, expected))
                .isLessThanOrEqualTo(1e-4f);
    }

    private static String longText(int sentences) {
        return IntStream.range(0, sentences)
                .mapToObj(i -> "Sentence number " + i + " explains another detail of the refund policy.")
                .reduce((a, b) -> a + " " + b)
                .orElseThrow();
    }

    @Test
    void producesUnitVectorsOf384Dimensions() {
        float[] vector = model.embed("Customers can request a refund within 30 days.");

        assertThat(vector).hasSize(384);
        assertThat(model.dimensions()).isEqualTo(384);
        assertThat(Math.sqrt(dot(vector, vector))).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void scoresParaphraseAboveUnrelatedSentence() {
        float[] question = model.embed("How do I get my money back?");
        float[] answer = model.embed("Customers can request a refund within 30 days");
        float[] unrelated = model.embed("The capital of France is Paris");

        assertThat(dot(question, answer)).isGreaterThan(dot(question, unrelated) + 0.1);
    }

    @Test
    void embedsBatchLikeEachTextAlone() {
        List<String> texts = List.of(
                "Refunds.",
                "Customers can request a refund within 30 days of purchase, provided they keep the receipt.",
                longText(20),
                "Hi",
                "The capital of France is Paris, and it lies on the Seine.");

        List<float[]> batch = model.embed(texts);

        assertThat(batch).hasSameSizeAs(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertSameVector("text " + i, batch.get(i), model.embed(texts.get(i)));
        }
    }

    @Test
    void embedsTextFarBeyond512TokensWithoutError() {
        String huge = longText(400); // thousands of tokens

        float[] vector = model.embed(huge);

        assertThat(vector).hasSize(384);
        assertThat(Math.sqrt(dot(vector, vector))).isCloseTo(1.0, within(1e-5));
        // cut to its first 512 tokens, so the tail makes no difference
        assertSameVector("longer text", vector, model.embed(longText(800)));
    }

    @Test
    void returnsEmbeddingsInInputOrderWithTheVectorsOfEachTextAlone() {
        List<String> texts = List.of(
                "Refunds are paid within 30 days.",
                "The office is closed on public holidays.",
                "Paris is the capital of France.",
                "Our servers run on Linux.",
                "Cats sleep most of the day.",
                "The invoice lists the VAT separately.",
                "Bring your passport to the airport.",
                "Tomatoes need plenty of sun.",
                "The password must have twelve characters.",
                "Jupiter is the largest planet.");
        List<float[]> alone = texts.stream().map(model::embed).toList();

        EmbeddingResponse response = model.call(new EmbeddingRequest(texts, null));

        List<Embedding> embeddings = response.getResults();
        assertThat(embeddings).extracting(Embedding::getIndex).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        for (int i = 0; i < texts.size(); i++) {
            float[] output = embeddings.get(i).getOutput();
            // each result belongs to the text at its index and does not depend on the other texts
            assertSameVector("text " + i, output, alone.get(i));
            for (int j = 0; j < texts.size(); j++) {
                if (j != i) {
                    assertThat(dot(output, alone.get(j)))
                            .as("text %d against %d", i, j)
                            .isLessThan(0.9);
                }
            }
        }
    }

    @Test
    void countsWordPieceTokensWithoutSpecialTokens() {
        assertThat(model.countTokens("hello world")).isEqualTo(2);
        assertThat(model.countTokens("unbelievably")).isGreaterThan(1); // split into word pieces
        assertThat(model.countTokens(longText(400))).isGreaterThan(512); // counting never truncates
        assertThat(model.maxTokens()).isEqualTo(510);
    }
}
