package dev.lectern.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Picks results one by one, each time the candidate with the best lambda * relevance - (1 - lambda) * its
 * highest cosine to those already picked (Carbonell and Goldstein, 1998). Relevance is the ranking's score
 * scaled to 0..1 over the candidates, so that it works the same for cosine, BM25 and fused scores.
 */
final class MaximalMarginalRelevance {

    private MaximalMarginalRelevance() {}

    static List<SearchHit> select(List<SearchHit> candidates, Map<UUID, float[]> vectors, double lambda, int k) {
        double[] relevance = scaledScores(candidates);
        List<SearchHit> picked = new ArrayList<>();
        List<float[]> pickedVectors = new ArrayList<>();
        boolean[] taken = new boolean[candidates.size()];
        while (picked.size() < Math.min(k, candidates.size())) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < candidates.size(); i++) {
                if (taken[i]) {
                    continue;
                }
                float[] vector = vectors.get(candidates.get(i).ranked().chunk().chunkId());
                double redundancy = 0;
                for (float[] other : pickedVectors) {
                    if (vector != null && other != null) {
                        redundancy = Math.max(redundancy, Vectors.cosine(vector, other));
                    }
                }
                double value = lambda * relevance[i] - (1 - lambda) * redundancy;
                if (value > bestValue) {
                    best = i;
                    bestValue = value;
                }
            }
            taken[best] = true;
            picked.add(candidates.get(best));
            pickedVectors.add(vectors.get(candidates.get(best).ranked().chunk().chunkId()));
        }
        return picked;
    }

    private static double[] scaledScores(List<SearchHit> candidates) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (SearchHit hit : candidates) {
            min = Math.min(min, hit.ranked().score());
            max = Math.max(max, hit.ranked().score());
        }
        double[] scaled = new double[candidates.size()];
        for (int i = 0; i < scaled.length; i++) {
            double score = candidates.get(i).ranked().score();
            scaled[i] = max > min ? (score - min) / (max - min) : 1.0;
        }
        return scaled;
    }
}
