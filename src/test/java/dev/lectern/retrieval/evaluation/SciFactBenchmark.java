package dev.lectern.retrieval.evaluation;

import dev.lectern.documents.DocumentId;
import dev.lectern.embedding.CachedEmbeddings;
import dev.lectern.ingestion.Chunk;
import dev.lectern.retrieval.BenchmarkIndexes;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.IndexedChunk;
import dev.lectern.retrieval.RankedChunk;
import dev.lectern.retrieval.RankedSearch;
import dev.lectern.retrieval.RetrievalSettings;
import dev.lectern.retrieval.SearchMode;
import dev.lectern.workspaces.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * SciFact on the chunk index adapters without the application around them, with embeddings cached in
 * target/, so that ranking changes can be measured in seconds: prints nDCG@10, recall and index-only latency
 * (the query vector is cached; {@code eval retrieval} includes embedding the query) per mode, then the
 * hybrid figure for variants of fusion over the same candidate lists.
 *
 * <p>Hybrid mode runs with the product's default settings (pseudo-relevance feedback included) and once more
 * with feedback off, to show what the second pass adds. P@1 is the share of claims whose first hit is relevant.
 *
 * <p>{@code java -cp ... dev.lectern.retrieval.evaluation.SciFactBenchmark [lucene,pgvector] [test|train]};
 * {@code -Dkeep=true} leaves the pgvector chunks in their database for EXPLAIN ANALYZE.
 */
public final class SciFactBenchmark {

    private static final int DEPTH = 100;

    public static void main(String[] args) throws Exception {
        String[] backends = (args.length > 0 ? args[0] : "lucene,pgvector").split(",");
        String split = args.length > 1 ? args[1] : "test";
        BeirDataset data = BeirDataset.read(SciFactToBeir.write(Path.of("target/scifact-beir")), split);
        WorkspaceId workspace = WorkspaceId.random();
        try (CachedEmbeddings embeddings = CachedEmbeddings.open(Path.of("target/scifact-embeddings.bin"));
                BenchmarkIndexes indexes = new BenchmarkIndexes()) {
            Map<DocumentId, String> ids = new HashMap<>();
            List<Map<DocumentId, List<IndexedChunk>>> batches = chunks(data, workspace, embeddings, ids);
            for (String query : data.queries().values()) {
                embeddings.embed(RetrievalSettings.BGE_QUERY_INSTRUCTION + query);
            }
            embeddings.save();
            System.out.println("SciFact " + split + ", " + data.queries().size() + " claims");
            System.out.println("| backend | mode | nDCG@10 | P@1 | Recall@10 | Recall@100 | p50 ms | p95 ms |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
            for (String backend : backends) {
                ChunkIndex index = indexes.open(backend, "perf_scifact");
                try {
                    long started = System.nanoTime();
                    batches.forEach(index::replaceDocuments);
                    double buildSeconds = (System.nanoTime() - started) / 1e9;
                    indexes.settle();
                    run(backend, index, embeddings, data, workspace, ids);
                    System.out.printf(
                            Locale.ROOT,
                            "(%s: indexed in %.1f s, %.1f MB on disk)%n",
                            backend,
                            buildSeconds,
                            indexes.sizeOnDisk() / 1e6);
                } finally {
                    if (!Boolean.getBoolean("keep")) { // -Dkeep=true leaves the chunks for EXPLAIN ANALYZE
                        index.deleteWorkspace(workspace);
                    }
                }
            }
        }
    }

    private static void run(
            String backend,
            ChunkIndex index,
            CachedEmbeddings embeddings,
            BeirDataset data,
            WorkspaceId workspace,
            Map<DocumentId, String> ids) {
        RankedSearch search = BenchmarkIndexes.search(embeddings, index);
        RankedSearch onePass = BenchmarkIndexes.search(
                embeddings, index, BenchmarkIndexes.defaultFusion(), RetrievalSettings.Feedback.OFF);
        for (String query : data.queries().values().stream().limit(30).toList()) {
            search.search(workspace, query, DEPTH, SearchMode.HYBRID); // warm up
        }
        for (SearchMode mode : SearchMode.values()) {
            measure(backend, mode.name().toLowerCase(Locale.ROOT), search, mode, data, workspace, ids);
        }
        measure(backend, "hybrid, feedback off", onePass, SearchMode.HYBRID, data, workspace, ids);
        fusionVariants(backend, index, embeddings, data, workspace, ids);
    }

    private static void measure(
            String backend,
            String name,
            RankedSearch search,
            SearchMode mode,
            BeirDataset data,
            WorkspaceId workspace,
            Map<DocumentId, String> ids) {
        List<Double> millis = new ArrayList<>();
        Map<String, List<DocumentId>> rankings = new LinkedHashMap<>();
        for (var query : data.queries().entrySet()) {
            long started = System.nanoTime();
            List<RankedChunk> found = search.search(workspace, query.getValue(), DEPTH, mode);
            millis.add((System.nanoTime() - started) / 1e6);
            rankings.put(
                    query.getKey(),
                    found.stream().map(r -> r.chunk().documentId()).toList());
        }
        double[] scores = score(data, rankings, ids);
        double top = FeedbackFitBenchmark.score(data, rankings, ids)[1];
        millis.sort(Double::compare);
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %.4f | %.4f | %.4f | %.4f | %.1f | %.1f |%n",
                backend,
                name,
                scores[0],
                top,
                scores[1],
                scores[2],
                percentile(millis, 50),
                percentile(millis, 95));
    }

    /** Hybrid nDCG@10 for fusion settings over the same candidates: which constant, weights and depth help. */
    private static void fusionVariants(
            String backend,
            ChunkIndex index,
            CachedEmbeddings embeddings,
            BeirDataset data,
            WorkspaceId workspace,
            Map<DocumentId, String> ids) {
        Map<String, List<ChunkMatch>> byVector = new HashMap<>();
        Map<String, List<ChunkMatch>> byKeyword = new HashMap<>();
        for (var query : data.queries().entrySet()) {
            float[] vector = embeddings.embed(RetrievalSettings.BGE_QUERY_INSTRUCTION + query.getValue());
            byVector.put(query.getKey(), index.nearest(workspace, vector, DEPTH));
            byKeyword.put(query.getKey(), index.keyword(workspace, query.getValue(), DEPTH));
        }
        System.out.println("\n| " + backend + " fusion | nDCG@10 | Recall@100 |");
        System.out.println("|---|---:|---:|");
        for (int candidates : new int[] {50, 100}) {
            for (int k : new int[] {60, 20, 10}) {
                for (double keywordWeight : new double[] {1.0, 0.7, 0.5}) {
                    Map<String, List<DocumentId>> rankings = new LinkedHashMap<>();
                    for (String id : data.queries().keySet()) {
                        rankings.put(
                                id,
                                BenchmarkIndexes.fuse(
                                                head(byVector.get(id), candidates),
                                                head(byKeyword.get(id), candidates),
                                                DEPTH,
                                                k,
                                                1.0,
                                                keywordWeight)
                                        .stream()
                                        .map(r -> r.chunk().documentId())
                                        .toList());
                    }
                    double[] scores = score(data, rankings, ids);
                    System.out.printf(
                            Locale.ROOT,
                            "| RRF k=%d, candidates %d, keyword weight %.1f | %.4f | %.4f |%n",
                            k,
                            candidates,
                            keywordWeight,
                            scores[0],
                            scores[2]);
                }
            }
        }
        for (double alpha : new double[] {0.5, 0.6, 0.7, 0.8}) {
            Map<String, List<DocumentId>> rankings = new LinkedHashMap<>();
            for (String id : data.queries().keySet()) {
                rankings.put(id, FusionCandidates.convex(byVector.get(id), byKeyword.get(id), alpha));
            }
            double[] scores = score(data, rankings, ids);
            System.out.printf(
                    Locale.ROOT, "| min-max scores, vector weight %.1f | %.4f | %.4f |%n", alpha, scores[0], scores[2]);
        }
    }

    private static <T> List<T> head(List<T> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }

    /** nDCG@10, Recall@10 and Recall@100 averaged over the queries, scored as the product's evaluation does. */
    static double[] score(BeirDataset data, Map<String, List<DocumentId>> rankings, Map<DocumentId, String> ids) {
        double[] sums = new double[3];
        for (var ranking : rankings.entrySet()) {
            // a set keeps the first (best) place of a document: fitting scores hundreds of thousands of rankings
            Set<String> distinct = new LinkedHashSet<>();
            for (DocumentId document : ranking.getValue()) {
                String id = ids.get(document);
                if (!id.equals(ranking.getKey())) {
                    distinct.add(id);
                }
            }
            List<String> ranked = List.copyOf(distinct);
            Map<String, Integer> judged = data.qrels().get(ranking.getKey());
            sums[0] += RetrievalMetrics.ndcg(ranked, judged, 10);
            sums[1] += RetrievalMetrics.recall(ranked, judged, 10);
            sums[2] += RetrievalMetrics.recall(ranked, judged, 100);
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= rankings.size();
        }
        return sums;
    }

    /** The corpus as the product's evaluation indexes it: one chunk per document, the title as breadcrumb. */
    public static List<Map<DocumentId, List<IndexedChunk>>> chunks(
            BeirDataset data, WorkspaceId workspace, CachedEmbeddings embeddings, Map<DocumentId, String> ids) {
        List<Map<DocumentId, List<IndexedChunk>>> batches = new ArrayList<>();
        List<Map.Entry<String, BeirDataset.Passage>> all =
                new ArrayList<>(data.corpus().entrySet());
        for (int start = 0; start < all.size(); start += 256) {
            List<Chunk> chunks = new ArrayList<>();
            for (var entry : all.subList(start, Math.min(all.size(), start + 256))) {
                DocumentId id =
                        new DocumentId(UUID.nameUUIDFromBytes(entry.getKey().getBytes(StandardCharsets.UTF_8)));
                ids.put(id, entry.getKey());
                String text = entry.getValue().text().isBlank()
                        ? entry.getValue().title()
                        : entry.getValue().text();
                chunks.add(new Chunk(
                        id, workspace, entry.getKey(), 0, text, entry.getValue().title(), 0, text.length()));
            }
            List<float[]> vectors = embeddings.embed(
                    chunks.stream().map(RankedSearch::embeddingText).toList());
            Map<DocumentId, List<IndexedChunk>> batch = new LinkedHashMap<>();
            for (int i = 0; i < chunks.size(); i++) {
                batch.put(chunks.get(i).documentId(), List.of(new IndexedChunk(chunks.get(i), vectors.get(i))));
            }
            batches.add(batch);
        }
        return batches;
    }

    static double percentile(List<Double> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private SciFactBenchmark() {}
}
