package dev.lectern.retrieval.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The standard measures with trec_eval/pytrec_eval semantics, as BEIR reports them: graded gains, a log2
 * discount, the ideal ranking from the judgments; only judged relevance above 0 counts as relevant.
 */
public final class RetrievalMetrics {

    private RetrievalMetrics() {}

    public static double ndcg(List<String> ranked, Map<String, Integer> judged, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(judged, ranked.get(i)) / log2(i + 2);
        }
        List<Integer> ideal = judged.values().stream()
                .filter(g -> g > 0)
                .sorted((a, b) -> b - a)
                .toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    public static double recall(List<String> ranked, Map<String, Integer> judged, int k) {
        long relevant = judged.values().stream().filter(g -> g > 0).count();
        if (relevant == 0) {
            return 0;
        }
        long found = ranked.stream().limit(k).filter(id -> gain(judged, id) > 0).count();
        return (double) found / relevant;
    }

    public static double reciprocalRank(List<String> ranked, Map<String, Integer> judged, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (gain(judged, ranked.get(i)) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static int gain(Map<String, Integer> judged, String id) {
        return Math.max(0, judged.getOrDefault(id, 0));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
