package dev.lectern.retrieval.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetrievalMetricsTests {

    static final Map<String, Integer> JUDGED = Map.of("a", 2, "b", 1, "z", 0);

    @Test
    void ndcgUsesGradedGainsAndTheIdealOrder() {
        assertThat(RetrievalMetrics.ndcg(List.of("a", "b"), JUDGED, 10)).isCloseTo(1.0, within(1e-9));
        // b first, a second: (1/log2(2) + 2/log2(3)) / (2/log2(2) + 1/log2(3))
        double expected = (1 + 2 / log2(3)) / (2 + 1 / log2(3));
        assertThat(RetrievalMetrics.ndcg(List.of("b", "a"), JUDGED, 10)).isCloseTo(expected, within(1e-9));
        assertThat(RetrievalMetrics.ndcg(List.of("x", "y"), JUDGED, 10)).isZero();
    }

    @Test
    void ndcgOnlyLooksAtTheFirstKResults() {
        assertThat(RetrievalMetrics.ndcg(List.of("x", "a"), JUDGED, 1)).isZero();
    }

    @Test
    void recallCountsOnlyJudgedRelevantDocuments() {
        assertThat(RetrievalMetrics.recall(List.of("a", "z", "x"), JUDGED, 10)).isCloseTo(0.5, within(1e-9));
        assertThat(RetrievalMetrics.recall(List.of("x", "a", "b"), JUDGED, 2)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void reciprocalRankOfTheFirstRelevantWithinK() {
        assertThat(RetrievalMetrics.reciprocalRank(List.of("z", "x", "b"), JUDGED, 10))
                .isCloseTo(1.0 / 3, within(1e-9));
        assertThat(RetrievalMetrics.reciprocalRank(List.of("z", "x", "b"), JUDGED, 2))
                .isZero();
    }

    @Test
    void readsSciFactSentencesWithQuotesAndApostrophes() {
        String cell = "['First sentence.'\n \"It's the second.\"\n 'Third \\'quoted\\' one.']";

        assertThat(SciFactToBeir.sentences(cell))
                .containsExactly("First sentence.", "It's the second.", "Third 'quoted' one.");
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
