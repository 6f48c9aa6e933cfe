package dev.lectern.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PseudoRelevanceFeedbackTests {

    private static final float[] QUERY = {1, 0, 0};
    private static final float[] RELEVANT = {0, 2, 0}; // not unit length: feedback scales it

    @Test
    void theQueryMovesTowardTheFeedbackVectorsByTheRatio() {
        float[] little = PseudoRelevanceFeedback.moved(QUERY, List.of(RELEVANT), 0.2);
        float[] more = PseudoRelevanceFeedback.moved(QUERY, List.of(RELEVANT), 1.0);

        assertThat(Vectors.cosine(little, RELEVANT)).isGreaterThan(Vectors.cosine(QUERY, RELEVANT));
        assertThat(Vectors.cosine(more, RELEVANT)).isGreaterThan(Vectors.cosine(little, RELEVANT));
        assertThat(Vectors.cosine(more, RELEVANT)).isCloseTo(Math.sqrt(0.5), within(1e-6)); // halfway: 45 degrees
        assertThat(little[0] * little[0] + little[1] * little[1]).isCloseTo(1f, within(1e-6f));
    }

    @Test
    void theMeanOfSeveralFeedbackVectorsCountsOnce() {
        float[] two = PseudoRelevanceFeedback.moved(QUERY, List.of(new float[] {0, 1, 0}, new float[] {0, 0, 1}), 1.0);

        assertThat(two[1]).isCloseTo(two[2], within(1e-6f));
        assertThat(two[0])
                .as("the query weighs as much as the mean of the feedback")
                .isCloseTo(two[1] * 2, within(1e-6f));
    }

    @Test
    void withoutFeedbackOrRatioTheQueryStays() {
        assertThat(PseudoRelevanceFeedback.moved(QUERY, List.of(), 0.5)).isEqualTo(QUERY);
        assertThat(PseudoRelevanceFeedback.moved(QUERY, List.of(RELEVANT), 0)).isEqualTo(QUERY);
    }
}
