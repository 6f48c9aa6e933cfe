package dev.lectern.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.parsing.Location;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeywordFeedbackTests {

    private static final Map<String, Double> IDF = Map.of("kinase", 3.0, "cell", 0.5, "tumour", 2.0, "the", 0.0);

    @Test
    void theQueryKeepsItsShareAndTheMostTellingFeedbackWordsShareTheRest() {
        KeywordFeedback feedback = new KeywordFeedback(List.of(chunk()), 2, 0.25);

        Map<String, Double> weights = feedback.expand(
                List.of("tumour", "growth"),
                List.of(Map.of("kinase", 2, "cell", 4, "the", 4), Map.of("kinase", 1, "tumour", 1)),
                word -> IDF.getOrDefault(word, 1.0));

        // kinase: 2/10*3 + 1/2*3 = 2.1; tumour: 1/2*2 = 1.0; cell: 4/10*0.5 = 0.2 (third, left out)
        assertThat(weights).containsOnlyKeys("tumour", "growth", "kinase");
        assertThat(weights.get("growth")).isCloseTo(0.375, within(1e-9));
        assertThat(weights.get("kinase")).isCloseTo(0.25 * 2.1 / 3.1, within(1e-9));
        assertThat(weights.get("tumour")).isCloseTo(0.375 + 0.25 * 1.0 / 3.1, within(1e-9));
        assertThat(weights.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1, within(1e-9));
    }

    @Test
    void withoutFeedbackTheQueryIsAsTyped() {
        assertThat(KeywordFeedback.NONE.isEmpty()).isTrue();
        assertThat(new KeywordFeedback(List.of(chunk()), 0, 0.5).isEmpty()).isTrue();
        assertThat(new KeywordFeedback(List.of(chunk()), 10, 0).isEmpty()).isTrue();
        assertThat(new KeywordFeedback(List.of(chunk()), 10, 0.2).isEmpty()).isFalse();
        assertThat(new KeywordFeedback(List.of(chunk()), 5, 0.5)
                        .expand(List.of("tumour"), List.of(Map.of("the", 3)), word -> IDF.getOrDefault(word, 1.0)))
                .as("a word in every chunk tells nothing: the query keeps all its weight")
                .isEqualTo(Map.of("tumour", 1.0));
    }

    private static ChunkMatch chunk() {
        return new ChunkMatch(UUID.randomUUID(), DocumentId.random(), "a.txt", 0, "Kinase", "", 0, 6, Location.NONE, 1);
    }
}
