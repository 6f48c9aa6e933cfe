package dev.lectern.retrieval.evaluation;

import dev.lectern.documents.DocumentId;
import dev.lectern.retrieval.BenchmarkIndexes;
import dev.lectern.retrieval.ChunkMatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The fusion settings {@link FusionFitBenchmark} fits: weighted reciprocal rank fusion and min-max scores. */
final class FusionCandidates {

    private static final int DEPTH = 100;

    /** The product's fusion before fitting: RRF k=60, equal weights, 50 candidates from each stage. */
    static final String BASELINE = rrfName(50, 60, 0.5);

    /**
     * One way to fuse the vector and keyword lists of a query into a document ranking.
     *
     * @param group settings that differ only in the weight, of which the report shows the best on train
     */
    record Fusion(String group, String name, double vectorShare, Ranker ranker) {
        List<DocumentId> rank(List<ChunkMatch> byVector, List<ChunkMatch> byKeyword) {
            return ranker.rank(byVector, byKeyword);
        }
    }

    interface Ranker {
        List<DocumentId> rank(List<ChunkMatch> byVector, List<ChunkMatch> byKeyword);
    }

    private FusionCandidates() {}

    static List<Fusion> grid() {
        List<Fusion> fusions = new ArrayList<>();
        fusions.add(new Fusion("vector only", "vector only", 1, (v, k) -> documents(v)));
        fusions.add(new Fusion("keyword only", "keyword only", 0, (v, k) -> documents(k)));
        for (int candidates : new int[] {50, 100}) {
            for (int k : new int[] {2, 5, 10, 20, 30, 60}) {
                for (int share = 30; share <= 80; share += 5) {
                    double wv = share / 100.0;
                    fusions.add(new Fusion(
                            "RRF candidates %d, k=%d".formatted(candidates, k),
                            rrfName(candidates, k, wv),
                            wv,
                            (v, kw) ->
                                    BenchmarkIndexes.fuse(
                                                    head(v, candidates), head(kw, candidates), DEPTH, k, wv, 1 - wv)
                                            .stream()
                                            .map(r -> r.chunk().documentId())
                                            .toList()));
                }
            }
            for (int share = 20; share <= 90; share += 5) {
                double alpha = share / 100.0;
                fusions.add(new Fusion(
                        "min-max candidates %d".formatted(candidates),
                        String.format(Locale.ROOT, "min-max c=%d wv=%.2f", candidates, alpha),
                        alpha,
                        (v, kw) -> convex(head(v, candidates), head(kw, candidates), alpha)));
            }
        }
        return fusions;
    }

    static String rrfName(int candidates, int k, double vectorShare) {
        return String.format(Locale.ROOT, "RRF c=%d k=%d wv=%.2f", candidates, k, vectorShare);
    }

    /** Convex combination of min-max normalised scores (Bruch et al. 2023), the usual alternative to RRF. */
    static List<DocumentId> convex(List<ChunkMatch> byVector, List<ChunkMatch> byKeyword, double alpha) {
        Map<DocumentId, Double> fused = new HashMap<>();
        add(fused, byVector, alpha);
        add(fused, byKeyword, 1 - alpha);
        return fused.entrySet().stream()
                .sorted(Map.Entry.<DocumentId, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .limit(DEPTH)
                .toList();
    }

    private static void add(Map<DocumentId, Double> fused, List<ChunkMatch> matches, double weight) {
        if (matches.isEmpty()) {
            return;
        }
        double max = matches.getFirst().score();
        double min = matches.getLast().score();
        for (ChunkMatch m : matches) {
            double normalised = max == min ? 1 : (m.score() - min) / (max - min);
            fused.merge(m.documentId(), weight * normalised, Double::sum);
        }
    }

    private static List<DocumentId> documents(List<ChunkMatch> matches) {
        return matches.stream().map(ChunkMatch::documentId).distinct().toList();
    }

    private static <T> List<T> head(List<T> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }
}
