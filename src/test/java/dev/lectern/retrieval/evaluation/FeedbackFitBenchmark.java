package dev.lectern.retrieval.evaluation;

import dev.lectern.documents.DocumentId;
import dev.lectern.embedding.CachedEmbeddings;
import dev.lectern.ingestion.parsing.Location;
import dev.lectern.retrieval.BenchmarkIndexes;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.IndexedChunk;
import dev.lectern.retrieval.RetrievalSettings;
import dev.lectern.workspaces.WorkspaceId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits dense pseudo-relevance feedback (Rocchio on vectors, Li et al. 2021 "Vector PRF") honestly: the first
 * pass is the product's hybrid fusion; the query vector moves toward the mean vector of its top m documents,
 * q' = normalise(q + ratio * mean), a second vector search runs with q', and its ranking is fused with the
 * same keyword ranking at a fitted vector share. Every setting is chosen on SciFact's 809 TRAIN claims by
 * mean train nDCG@10 over the backends run; the 300 TEST claims are only printed beside it. The second
 * search is exact over the 5,183 abstracts in memory (both adapters search a workspace this size nearly
 * exactly), so the grid runs in a minute; SciFactBenchmark then measures the chosen setting in the product.
 *
 * <p>{@code java -cp ... dev.lectern.retrieval.evaluation.FeedbackFitBenchmark [lucene,pgvector]}
 */
public final class FeedbackFitBenchmark {

    private static final int DEPTH = 100;
    private static final int[] DOCUMENTS = {1, 2, 3, 5};
    private static final double[] RATIOS = {0.2, 0.4, 0.6, 0.8, 1.0};
    private static final double[] SHARES = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85};

    /** One setting: feedback documents (0 for none), ratio b/a and the second fusion's vector share. */
    record Setting(int documents, double ratio, double share) {
        String name() {
            return documents == 0
                    ? "no feedback (product)"
                    : String.format(Locale.ROOT, "m=%d b/a=%.1f wv=%.2f", documents, ratio, share);
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> backends = List.of((args.length > 0 ? args[0] : "lucene,pgvector").split(","));
        Path folder = SciFactToBeir.write(Path.of("target/scifact-beir"));
        BeirDataset test = BeirDataset.read(folder, "test");
        BeirDataset train = BeirDataset.read(folder, "train");
        WorkspaceId workspace = WorkspaceId.random();
        RetrievalSettings.Fusion fusion = BenchmarkIndexes.defaultFusion();
        Map<String, Map<Setting, FusionFitBenchmark.Scores>> byBackend = new LinkedHashMap<>();
        try (CachedEmbeddings embeddings = CachedEmbeddings.open(Path.of("target/scifact-embeddings.bin"));
                BenchmarkIndexes indexes = new BenchmarkIndexes()) {
            Map<DocumentId, String> ids = new HashMap<>();
            var batches = SciFactBenchmark.chunks(test, workspace, embeddings, ids);
            ExactVectors corpus = new ExactVectors(batches);
            for (String backend : backends) {
                long started = System.nanoTime();
                FusionFitBenchmark.Lists trainLists = FusionFitBenchmark.cached(backend, train);
                FusionFitBenchmark.Lists testLists = FusionFitBenchmark.cached(backend, test);
                if (trainLists == null || testLists == null) {
                    ChunkIndex index = indexes.open(backend, "rq_feedback_fit");
                    try {
                        batches.forEach(index::replaceDocuments);
                        FusionFitBenchmark.search(backend, index, workspace, train, embeddings);
                        FusionFitBenchmark.search(backend, index, workspace, test, embeddings);
                    } finally {
                        index.deleteWorkspace(workspace);
                    }
                    // read back: the cache keys every match by its document, as the exact search does
                    trainLists = FusionFitBenchmark.cached(backend, train);
                    testLists = FusionFitBenchmark.cached(backend, test);
                }
                System.out.printf(Locale.ROOT, "(%s: stage lists in %.1f s)%n", backend, seconds(started));
                Map<Setting, double[]> onTrain = fit(train, trainLists, embeddings, corpus, fusion, ids);
                Map<Setting, double[]> onTest = fit(test, testLists, embeddings, corpus, fusion, ids);
                Map<Setting, FusionFitBenchmark.Scores> scores = new LinkedHashMap<>();
                onTrain.forEach((setting, s) -> {
                    double[] t = onTest.get(setting);
                    scores.put(setting, new FusionFitBenchmark.Scores(s[0], t[0], s[1], t[1]));
                });
                byBackend.put(backend, scores);
                System.out.printf(Locale.ROOT, "(%s: fitted in %.1f s)%n", backend, seconds(started));
            }
        }
        report(byBackend);
    }

    /** nDCG@10 and P@1 of every setting on one split. */
    private static Map<Setting, double[]> fit(
            BeirDataset data,
            FusionFitBenchmark.Lists lists,
            CachedEmbeddings embeddings,
            ExactVectors corpus,
            RetrievalSettings.Fusion fusion,
            Map<DocumentId, String> ids) {
        Map<String, float[]> queries = new HashMap<>();
        Map<String, List<DocumentId>> firstPass = new HashMap<>();
        for (var query : data.queries().entrySet()) {
            queries.put(query.getKey(), embeddings.embed(RetrievalSettings.BGE_QUERY_INSTRUCTION + query.getValue()));
            firstPass.put(
                    query.getKey(),
                    rrf(
                            lists.vector().get(query.getKey()),
                            lists.keyword().get(query.getKey()),
                            fusion.vectorWeight()));
        }
        Map<Setting, double[]> scores = new LinkedHashMap<>();
        scores.put(new Setting(0, 0, fusion.vectorWeight()), score(data, firstPass, ids));
        for (int m : DOCUMENTS) {
            for (double ratio : RATIOS) {
                Map<String, List<ChunkMatch>> second = new HashMap<>();
                for (String id : data.queries().keySet()) {
                    float[] moved = BenchmarkIndexes.feedback(
                            queries.get(id),
                            corpus.vectors(firstPass
                                    .get(id)
                                    .subList(0, Math.min(m, firstPass.get(id).size()))),
                            ratio);
                    second.put(id, corpus.nearest(moved, DEPTH));
                }
                for (double share : SHARES) {
                    Map<String, List<DocumentId>> rankings = new HashMap<>();
                    for (String id : data.queries().keySet()) {
                        rankings.put(id, rrf(second.get(id), lists.keyword().get(id), share));
                    }
                    scores.put(new Setting(m, ratio, share), score(data, rankings, ids));
                }
            }
        }
        return scores;
    }

    private static List<DocumentId> rrf(List<ChunkMatch> byVector, List<ChunkMatch> byKeyword, double share) {
        return BenchmarkIndexes.fuse(byVector, byKeyword, DEPTH, 10, share, 1 - share).stream()
                .map(r -> r.chunk().documentId())
                .toList();
    }

    static double[] score(BeirDataset data, Map<String, List<DocumentId>> rankings, Map<DocumentId, String> ids) {
        double ndcg = SciFactBenchmark.score(data, rankings, ids)[0];
        double top = 0;
        for (var ranking : rankings.entrySet()) {
            if (!ranking.getValue().isEmpty()) {
                String first = ids.get(ranking.getValue().getFirst());
                top += data.qrels().get(ranking.getKey()).getOrDefault(first, 0) > 0 ? 1 : 0;
            }
        }
        return new double[] {ndcg, top / rankings.size()};
    }

    private static void report(Map<String, Map<Setting, FusionFitBenchmark.Scores>> byBackend) {
        Map<Setting, FusionFitBenchmark.Scores> any =
                byBackend.values().iterator().next();
        Comparator<Setting> byMeanTrain = Comparator.comparingDouble(s -> byBackend.values().stream()
                .mapToDouble(scores -> scores.get(s).train())
                .average()
                .orElse(0));
        Setting chosen = any.keySet().stream().max(byMeanTrain).orElseThrow();
        System.out.println("\nChosen on train (mean over " + byBackend.keySet() + "): " + chosen.name());
        for (var backend : byBackend.entrySet()) {
            System.out.printf(
                    "%n| %s: setting (best share and ratio on train per m) | train nDCG@10 | test nDCG@10 | train P@1"
                            + " | test P@1 |%n|---|---:|---:|---:|---:|%n",
                    backend.getKey());
            Map<Integer, Setting> bestPerM = new LinkedHashMap<>();
            for (Setting s : any.keySet()) {
                bestPerM.merge(s.documents(), s, (a, b) -> byMeanTrain.compare(b, a) > 0 ? b : a);
            }
            for (Setting s : bestPerM.values()) {
                row(backend.getValue(), s.name(), s);
            }
            row(backend.getValue(), "CHOSEN " + chosen.name(), chosen);
        }
    }

    private static void row(Map<Setting, FusionFitBenchmark.Scores> scores, String label, Setting setting) {
        FusionFitBenchmark.Scores s = scores.get(setting);
        System.out.printf(
                Locale.ROOT,
                "| %s | %.4f | %.4f | %.4f | %.4f |%n",
                label,
                s.train(),
                s.test(),
                s.trainTop(),
                s.testTop());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The corpus vectors in memory, unit length, searched exactly by cosine. */
    static final class ExactVectors {
        private final List<DocumentId> documents = new ArrayList<>();
        private final Map<DocumentId, float[]> byDocument = new HashMap<>();

        ExactVectors(List<Map<DocumentId, List<IndexedChunk>>> batches) {
            for (var batch : batches) {
                batch.forEach((id, chunks) -> {
                    documents.add(id);
                    byDocument.put(id, BenchmarkIndexes.unit(chunks.getFirst().embedding()));
                });
            }
        }

        List<float[]> vectors(List<DocumentId> ids) {
            return ids.stream().map(byDocument::get).toList();
        }

        List<ChunkMatch> nearest(float[] query, int k) {
            float[] q = BenchmarkIndexes.unit(query);
            double[] scores = new double[documents.size()];
            Integer[] order = new Integer[documents.size()];
            for (int i = 0; i < scores.length; i++) {
                float[] v = byDocument.get(documents.get(i));
                double dot = 0;
                for (int d = 0; d < v.length; d++) {
                    dot += q[d] * v[d];
                }
                scores[i] = dot;
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
            List<ChunkMatch> found = new ArrayList<>(k);
            for (int i = 0; i < Math.min(k, order.length); i++) {
                DocumentId id = documents.get(order[i]);
                found.add(new ChunkMatch(id.value(), id, "", 0, "", "", 0, 0, Location.NONE, scores[order[i]]));
            }
            return found;
        }
    }
}
