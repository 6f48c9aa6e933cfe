package dev.lectern.retrieval.evaluation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints what {@link FusionFitBenchmark} measured: per backend the best weight of each setting on train. */
final class FusionFitReport {

    private FusionFitReport() {}

    static void print(
            List<FusionCandidates.Fusion> fusions, Map<String, Map<String, FusionFitBenchmark.Scores>> byBackend) {
        // one setting for the product, whose hybrid mode is reciprocal rank fusion: the best mean train nDCG@10
        // over the backends (the test split is not read); min-max fusion is fitted alongside for comparison
        String chosen = fusions.stream()
                .filter(f -> f.group().startsWith("RRF"))
                .max(Comparator.comparingDouble(f -> meanTrain(byBackend, f.name())))
                .orElseThrow()
                .name();
        System.out.println("\nChosen on train (mean over " + byBackend.keySet() + "): " + chosen);
        for (var backend : byBackend.entrySet()) {
            Map<String, FusionFitBenchmark.Scores> scores = backend.getValue();
            Map<String, FusionCandidates.Fusion> bestOfGroup = new LinkedHashMap<>();
            for (FusionCandidates.Fusion fusion : fusions) {
                bestOfGroup.merge(
                        fusion.group(),
                        fusion,
                        (a, b) -> scores.get(b.name()).train()
                                        > scores.get(a.name()).train()
                                ? b
                                : a);
            }
            System.out.printf(
                    "%n| %s: fusion (weight fitted on train) | vector share | train nDCG@10 | test nDCG@10 | train P@1"
                            + " | test P@1 |%n|---|---:|---:|---:|---:|---:|%n",
                    backend.getKey());
            row(scores, FusionCandidates.BASELINE + " (product before)", FusionCandidates.BASELINE, 0.5);
            for (FusionCandidates.Fusion best : bestOfGroup.values()) {
                row(scores, best.group(), best.name(), best.vectorShare());
            }
            row(scores, "CHOSEN " + chosen, chosen, Double.NaN);
        }
    }

    private static void row(Map<String, FusionFitBenchmark.Scores> scores, String label, String name, double share) {
        FusionFitBenchmark.Scores s = scores.get(name);
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %.4f | %.4f | %.4f | %.4f |%n",
                label,
                Double.isNaN(share) ? "" : String.format(Locale.ROOT, "%.2f", share),
                s.train(),
                s.test(),
                s.trainTop(),
                s.testTop());
    }

    private static double meanTrain(Map<String, Map<String, FusionFitBenchmark.Scores>> byBackend, String name) {
        return byBackend.values().stream()
                .mapToDouble(scores -> scores.get(name).train())
                .average()
                .orElse(0);
    }
}
