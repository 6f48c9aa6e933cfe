package dev.lectern.retrieval.evaluation;

import dev.lectern.documents.DocumentId;
import dev.lectern.embedding.CachedEmbeddings;
import dev.lectern.retrieval.BenchmarkIndexes;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.IndexedChunk;
import dev.lectern.workspaces.WorkspaceId;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Explores keyword pseudo-relevance feedback (RM3-like) on SciFact with an in-memory BM25 (title and text as
 * one field, EnglishAnalyzer, k1 0.9, b 0.4: close to both adapters), fed by the product's hybrid first pass
 * (the stage lists FusionFitBenchmark cached). Expansion words come from the top m fused documents, weighted
 * by their share of each document (rm3) or also by idf (tfidf). Variants: the expanded query replaces the
 * keyword ranking (equal weights, or RM3 interpolation lambda), or the expansion words alone make a third
 * ranking fused at a small weight. Chosen on the TRAIN claims by mean train nDCG@10 over the backends; test
 * is printed only.
 *
 * <p>With {@code combined} the grid is dense feedback (FeedbackFitBenchmark's second vector search, exact in
 * memory) together with the RM3 keyword query; the product's defaults come from that run.
 *
 * <p>{@code java -cp ... dev.lectern.retrieval.evaluation.KeywordFeedbackFit [lucene,pgvector] [combined]}
 */
public final class KeywordFeedbackFit {

    private static final int DEPTH = 100;

    /** A variant's ranking of one query from its vector list, backend keyword list and first pass. */
    interface Variant {
        List<DocumentId> rank(String query, List<ChunkMatch> vector, List<ChunkMatch> keyword);
    }

    /** The expansion words of a query, from its first pass. */
    private interface Expansion {
        Map<String, Double> of(String query, List<ChunkMatch> vector, List<ChunkMatch> keyword);
    }

    public static void main(String[] args) throws Exception {
        List<String> backends = List.of((args.length > 0 ? args[0] : "lucene,pgvector").split(","));
        Path folder = SciFactToBeir.write(Path.of("target/scifact-beir"));
        BeirDataset test = BeirDataset.read(folder, "test");
        BeirDataset train = BeirDataset.read(folder, "train");
        Map<DocumentId, String> ids = new HashMap<>();
        boolean combined = args.length > 1 && args[1].equals("combined");
        Bm25 bm25;
        FeedbackFitBenchmark.ExactVectors corpus;
        Map<String, float[]> queryVectors = new HashMap<>();
        try (CachedEmbeddings embeddings = CachedEmbeddings.open(Path.of("target/scifact-embeddings.bin"))) {
            var batches = SciFactBenchmark.chunks(test, WorkspaceId.random(), embeddings, ids);
            corpus = new FeedbackFitBenchmark.ExactVectors(batches);
            for (BeirDataset split : List.of(train, test)) {
                split.queries()
                        .values()
                        .forEach(q -> queryVectors.put(
                                q,
                                embeddings.embed(dev.lectern.retrieval.RetrievalSettings.BGE_QUERY_INSTRUCTION + q)));
            }
            Map<DocumentId, String> texts = new LinkedHashMap<>();
            for (Map<DocumentId, List<IndexedChunk>> batch : batches) {
                batch.forEach((id, chunks) -> texts.put(
                        id,
                        chunks.getFirst().chunk().headingPath() + "\n"
                                + chunks.getFirst().chunk().text()));
            }
            bm25 = new Bm25(texts);
        }
        Map<String, Map<String, FusionFitBenchmark.Scores>> byBackend = new LinkedHashMap<>();
        for (String backend : backends) {
            FusionFitBenchmark.Lists trainLists = FusionFitBenchmark.cached(backend, train);
            FusionFitBenchmark.Lists testLists = FusionFitBenchmark.cached(backend, test);
            if (trainLists == null || testLists == null) {
                throw new IllegalStateException("run FeedbackFitBenchmark first: it caches the stage lists");
            }
            long started = System.nanoTime();
            Map<String, Variant> variants = combined ? combined(bm25, corpus, queryVectors) : variants(bm25);
            Map<String, FusionFitBenchmark.Scores> scores = new LinkedHashMap<>();
            for (var variant : variants.entrySet()) {
                double[] a = score(train, trainLists, variant.getValue(), ids);
                double[] b = score(test, testLists, variant.getValue(), ids);
                scores.put(variant.getKey(), new FusionFitBenchmark.Scores(a[0], b[0], a[1], b[1]));
            }
            byBackend.put(backend, scores);
            System.out.printf(
                    Locale.ROOT,
                    "(%s: %d variants in %.1f s)%n",
                    backend,
                    variants.size(),
                    (System.nanoTime() - started) / 1e9);
        }
        report(byBackend);
    }

    private static Map<String, Variant> variants(Bm25 bm25) {
        Map<String, Variant> variants = new LinkedHashMap<>();
        double[] shares = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8};
        variants.put("backend keyword (product)", (q, v, k) -> rrf(List.of(v, k), List.of(0.65, 0.35)));
        Map<String, List<ChunkMatch>> plain = new HashMap<>();
        for (double wv : shares) {
            variants.put(
                    group("in-memory keyword", wv),
                    (q, v, k) -> rrf(
                            List.of(v, plain.computeIfAbsent(q, x -> bm25.search(equal(bm25.terms(x)), DEPTH))),
                            List.of(wv, 1 - wv)));
        }
        for (int m : new int[] {1, 2, 3, 5}) {
            for (int n : new int[] {5, 10, 20, 40}) {
                for (boolean idf : new boolean[] {false, true}) {
                    String name = String.format(Locale.ROOT, "m=%d n=%d %s", m, n, idf ? "tfidf" : "rm3");
                    Map<String, Map<String, Double>> expansions = new HashMap<>();
                    Expansion expansion = (query, v, k) ->
                            expansions.computeIfAbsent(query, x -> bm25.expansion(first(v, k, m), n, idf));
                    Map<String, List<ChunkMatch>> equalLists = new HashMap<>();
                    Map<String, List<ChunkMatch>> alone = new HashMap<>();
                    for (double wv : shares) {
                        variants.put(group("equal " + name, wv), (q, v, k) -> {
                            var list = equalLists.computeIfAbsent(q, x -> {
                                Map<String, Double> terms = equal(bm25.terms(x));
                                expansion.of(x, v, k).keySet().forEach(t -> terms.put(t, 1.0));
                                return bm25.search(terms, DEPTH);
                            });
                            return rrf(List.of(v, list), List.of(wv, 1 - wv));
                        });
                        for (double w3 : new double[] {0.1, 0.2, 0.3}) {
                            variants.put(group("third list w3=" + w3 + " " + name, wv), (q, v, k) -> {
                                var list = alone.computeIfAbsent(q, x -> bm25.search(expansion.of(x, v, k), DEPTH));
                                return rrf(List.of(v, k, list), List.of(wv, 1 - wv, w3));
                            });
                        }
                    }
                    for (double lambda : new double[] {0.2, 0.4, 0.6}) {
                        Map<String, List<ChunkMatch>> lists = new HashMap<>();
                        for (double wv : shares) {
                            variants.put(group("rm3 lambda=" + lambda + " " + name, wv), (q, v, k) -> {
                                var list = lists.computeIfAbsent(q, x -> rm3(bm25, x, expansion.of(x, v, k), lambda));
                                return rrf(List.of(v, list), List.of(wv, 1 - wv));
                            });
                        }
                    }
                }
            }
        }
        return variants;
    }

    /** Dense feedback (a second vector search) with an RM3 keyword query, fused with a fitted share. */
    private static Map<String, Variant> combined(
            Bm25 bm25, FeedbackFitBenchmark.ExactVectors corpus, Map<String, float[]> queryVectors) {
        Map<String, Variant> variants = new LinkedHashMap<>();
        double[] shares = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75};
        variants.put("backend keyword (product)", (q, v, k) -> rrf(List.of(v, k), List.of(0.65, 0.35)));
        for (int dm : new int[] {0, 1, 2}) {
            for (double ratio : dm == 0 ? new double[] {0} : new double[] {0.2, 0.4}) {
                Map<String, List<ChunkMatch>> dense = new HashMap<>();
                for (double lambda : new double[] {0, 0.2, 0.4}) {
                    for (int km : lambda == 0 ? new int[] {0} : new int[] {1, 2}) {
                        for (int n : lambda == 0 ? new int[] {0} : new int[] {20, 40}) {
                            Map<String, List<ChunkMatch>> sparse = new HashMap<>();
                            String name = String.format(
                                    Locale.ROOT,
                                    "dense m=%d b/a=%.1f + rm3 lambda=%.1f m=%d n=%d",
                                    dm,
                                    ratio,
                                    lambda,
                                    km,
                                    n);
                            for (double wv : shares) {
                                variants.put(group(name, wv), (q, v, k) -> {
                                    var second = dm == 0
                                            ? v
                                            : dense.computeIfAbsent(
                                                    q,
                                                    x -> corpus.nearest(
                                                            BenchmarkIndexes.feedback(
                                                                    queryVectors.get(x),
                                                                    corpus.vectors(first(v, k, dm)),
                                                                    ratio),
                                                            DEPTH));
                                    var words = lambda == 0
                                            ? k
                                            : sparse.computeIfAbsent(
                                                    q,
                                                    x -> rm3(
                                                            bm25, x, bm25.expansion(first(v, k, km), n, true), lambda));
                                    return rrf(List.of(second, words), List.of(wv, 1 - wv));
                                });
                            }
                        }
                    }
                }
            }
        }
        return variants;
    }

    /** RM3: the query's words share 1 - lambda, the expansion words lambda. */
    private static List<ChunkMatch> rm3(Bm25 bm25, String query, Map<String, Double> expansion, double lambda) {
        Map<String, Double> terms = new HashMap<>();
        List<String> original = bm25.terms(query);
        original.forEach(t -> terms.merge(t, (1 - lambda) / original.size(), Double::sum));
        expansion.forEach((t, w) -> terms.merge(t, lambda * w, Double::sum));
        return bm25.search(terms, DEPTH);
    }

    private static String group(String family, double wv) {
        return String.format(Locale.ROOT, "%s | wv=%.2f", family, wv);
    }

    private static List<DocumentId> first(List<ChunkMatch> vector, List<ChunkMatch> keyword, int m) {
        List<DocumentId> fused = rrf(List.of(vector, keyword), List.of(0.65, 0.35));
        return fused.subList(0, Math.min(m, fused.size()));
    }

    private static Map<String, Double> equal(List<String> terms) {
        Map<String, Double> weights = new HashMap<>();
        terms.forEach(t -> weights.put(t, 1.0));
        return weights;
    }

    /** Weighted reciprocal rank fusion (k=10) of any number of rankings. */
    static List<DocumentId> rrf(List<List<ChunkMatch>> rankings, List<Double> weights) {
        Map<DocumentId, Double> fused = new HashMap<>();
        for (int i = 0; i < rankings.size(); i++) {
            List<ChunkMatch> ranking = rankings.get(i);
            for (int rank = 0; rank < ranking.size(); rank++) {
                fused.merge(ranking.get(rank).documentId(), weights.get(i) / (10 + rank + 1), Double::sum);
            }
        }
        return fused.entrySet().stream()
                .sorted(Map.Entry.<DocumentId, Double>comparingByValue().reversed())
                .limit(DEPTH)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static double[] score(
            BeirDataset data, FusionFitBenchmark.Lists lists, Variant variant, Map<DocumentId, String> ids) {
        Map<String, List<DocumentId>> rankings = new LinkedHashMap<>();
        for (var query : data.queries().entrySet()) {
            rankings.put(
                    query.getKey(),
                    variant.rank(
                            query.getValue(),
                            lists.vector().get(query.getKey()),
                            lists.keyword().get(query.getKey())));
        }
        return FeedbackFitBenchmark.score(data, rankings, ids);
    }

    private static void report(Map<String, Map<String, FusionFitBenchmark.Scores>> byBackend) {
        Map<String, FusionFitBenchmark.Scores> any =
                byBackend.values().iterator().next();
        Comparator<String> byMeanTrain = Comparator.comparingDouble(s -> byBackend.values().stream()
                .mapToDouble(scores -> scores.get(s).train())
                .average()
                .orElse(0));
        Map<String, String> bestOfFamily = new LinkedHashMap<>();
        for (String name : any.keySet()) {
            String family = name.split(" \\| ")[0];
            if (!name.startsWith("dense")) {
                family = family.replaceAll(" m=\\d+ n=\\d+", "");
            }
            bestOfFamily.merge(family, name, (a, b) -> byMeanTrain.compare(b, a) > 0 ? b : a);
        }
        String chosen = any.keySet().stream().max(byMeanTrain).orElseThrow();
        System.out.println("\nChosen on train (mean over " + byBackend.keySet() + "): " + chosen);
        for (var backend : byBackend.entrySet()) {
            System.out.printf(
                    "%n| %s: variant (best of its family on train) | train nDCG@10 | test nDCG@10 | train P@1"
                            + " | test P@1 |%n|---|---:|---:|---:|---:|%n",
                    backend.getKey());
            for (String name : bestOfFamily.values()) {
                FusionFitBenchmark.Scores s = backend.getValue().get(name);
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %.4f | %.4f | %.4f | %.4f |%n",
                        name,
                        s.train(),
                        s.test(),
                        s.trainTop(),
                        s.testTop());
            }
        }
    }

    private KeywordFeedbackFit() {}
}
