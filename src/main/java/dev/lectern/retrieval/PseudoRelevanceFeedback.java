package dev.lectern.retrieval;

import java.util.List;

/**
 * Dense pseudo-relevance feedback (Rocchio on vectors, as in Li et al. 2021, "Pseudo Relevance Feedback with
 * Deep Language Models and Dense Retrievers"): the first pass's best chunks are taken as relevant, and the
 * query vector moves toward their mean, {@code q' = unit(unit(q) + ratio * mean(unit(v)))}. The moved query
 * finds chunks that resemble what the query found, not only what it says; no extra embedding is needed.
 */
final class PseudoRelevanceFeedback {

    private PseudoRelevanceFeedback() {}

    /** The query moved toward the mean of the feedback vectors; the query itself when there are none. */
    static float[] moved(float[] query, List<float[]> feedback, double ratio) {
        if (feedback.isEmpty() || ratio == 0) {
            return query;
        }
        float[] moved = unit(query);
        double share = ratio / feedback.size();
        for (float[] vector : feedback) {
            float[] v = unit(vector);
            for (int d = 0; d < moved.length; d++) {
                moved[d] += (float) (share * v[d]);
            }
        }
        return unit(moved);
    }

    /** A copy of the vector scaled to length 1 (a zero vector stays zero). */
    static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float[] scaled = vector.clone();
        if (norm > 0) {
            double inverse = 1 / Math.sqrt(norm);
            for (int d = 0; d < scaled.length; d++) {
                scaled[d] *= (float) inverse;
            }
        }
        return scaled;
    }
}
