package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

class CitationCheckTests {

    private final List<Source> sources = StudioFixtures.sources(
            "Refunds are paid within 14 days of the return.", "Orders ship from Rotterdam by truck.");
    private final CitationCheck check = new CitationCheck(new WordVectors(), StudioFixtures.settings());

    @Test
    void aSentenceThatRestatesItsChunkIsSupportedWithItsScores() {
        var checked =
                check.check(List.of(new CitedSentence("Refunds are paid within 14 days [1].", List.of(1))), sources);

        assertThat(checked.getFirst().supported()).isTrue();
        assertThat(checked.getFirst().overlap()).isEqualTo(1.0);
        assertThat(checked.getFirst().similarity()).isGreaterThan(0.6);
    }

    @Test
    void aSentenceItsChunkDoesNotContainIsFlaggedThoughItCitesOne() {
        var checked = check.check(
                List.of(new CitedSentence("Refunds are paid within 30 days by cheque [1].", List.of(2))), sources);

        assertThat(checked.getFirst().supported()).isFalse();
        assertThat(checked.getFirst().citations()).containsExactly(2);
    }

    @Test
    void oneBackingChunkAmongSeveralCitedIsEnoughAndItsScoresAreKept() {
        var checked = check.check(
                List.of(new CitedSentence("Orders ship from Rotterdam by truck [1, 2].", List.of(1, 2))), sources);

        assertThat(checked.getFirst().supported()).isTrue();
        assertThat(checked.getFirst().overlap()).isEqualTo(1.0);
    }

    @Test
    void aSentenceWithoutCitationStaysUnsupportedAndUnscored() {
        var checked = check.check(List.of(new CitedSentence("Try it today!", List.of())), sources);

        assertThat(checked.getFirst().supported()).isFalse();
        assertThat(checked.getFirst().similarity()).isNull();
    }

    @Test
    void overlapCountsNumbersAndIgnoresStopWordsAndMarkers() {
        assertThat(CitationCheck.overlap("Paid within 30 days [1].", "Paid within 14 days."))
                .isEqualTo(0.75);
        assertThat(CitationCheck.overlap("They are the refunds [2].", "Refunds."))
                .isEqualTo(1.0);
    }

    /** Counts words into a fixed number of buckets: texts sharing words get similar vectors. */
    private static final class WordVectors implements EmbeddingModel {

        @Override
        public EmbeddingResponse call(EmbeddingRequest request) {
            var texts = request.getInstructions();
            return new EmbeddingResponse(java.util.stream.IntStream.range(0, texts.size())
                    .mapToObj(i -> new Embedding(vector(texts.get(i)), i))
                    .toList());
        }

        private static float[] vector(String text) {
            float[] v = new float[64];
            for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
                if (!word.isEmpty()) {
                    v[Math.floorMod(word.hashCode(), 64)]++;
                }
            }
            return v;
        }

        @Override
        public float[] embed(Document document) {
            return vector(document.getText());
        }
    }
}
