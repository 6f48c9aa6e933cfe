package dev.lectern.retrieval.evaluation;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.Chunk;
import dev.lectern.retrieval.BenchmarkIndexes;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.IndexedChunk;
import dev.lectern.retrieval.RankedSearch;
import dev.lectern.retrieval.RetrievalSettings;
import dev.lectern.retrieval.SearchMode;
import dev.lectern.workspaces.WorkspaceId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

/**
 * Latency and HNSW recall at scale with synthetic chunks: Zipf-distributed words from a made-up vocabulary
 * and 384-dimensional unit vectors drawn around 2,000 cluster centres (uniform random vectors have no
 * neighbourhoods and are the worst case no real corpus is). Queries are a few words of one chunk and a noisy
 * copy of its vector. Prints build time, size, p50/p95 per mode (query vector given, no model) and
 * recall@10 of the vector search against exact search by brute force.
 *
 * <p>{@code java -cp ... dev.lectern.retrieval.evaluation.ScaleBenchmark [chunks=200000] [lucene,pgvector]}
 */
public final class ScaleBenchmark {

    private static final int DIMENSIONS = 384;
    private static final int CHUNKS_PER_DOCUMENT = 100;
    private static final int QUERIES = 200;
    private static final int RECALL_QUERIES = 100;

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        String[] backends = (args.length > 1 ? args[1] : "lucene,pgvector").split(",");
        Random random = new Random(42);
        SyntheticCorpus corpus = new SyntheticCorpus(random, DIMENSIONS);
        // -Dkeep=true: the pgvector chunks stay in their database and a later run with the same size measures the
        // queries again without the twelve-minute load (the workspace id is then fixed by the size)
        boolean keep = Boolean.getBoolean("keep");
        WorkspaceId workspace = keep ? new WorkspaceId(new UUID(0x5CA1E, size)) : WorkspaceId.random();
        List<IndexedChunk> chunks = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            DocumentId document = new DocumentId(new UUID(0, i / CHUNKS_PER_DOCUMENT + 1));
            String text = corpus.text(120);
            chunks.add(new IndexedChunk(
                    new Chunk(
                            document,
                            workspace,
                            "doc-" + i / CHUNKS_PER_DOCUMENT,
                            i % CHUNKS_PER_DOCUMENT,
                            text,
                            corpus.text(4),
                            0,
                            text.length()),
                    corpus.vector()));
        }
        Map<String, float[]> queries = new LinkedHashMap<>();
        while (queries.size() < QUERIES) {
            IndexedChunk source = chunks.get(random.nextInt(size));
            queries.put(corpus.words(source.chunk().text(), 2 + random.nextInt(4)), corpus.near(source.embedding()));
        }
        List<float[]> vectors = chunks.stream().map(IndexedChunk::embedding).toList();
        List<float[]> recallQueries =
                queries.values().stream().limit(RECALL_QUERIES).toList();
        List<Set<Integer>> exact =
                recallQueries.stream().map(q -> exactTop10(vectors, q)).toList();
        System.out.printf(Locale.ROOT, "%d synthetic chunks, %d queries%n", size, queries.size());
        System.out.println("| backend | build s | MB | vector p50/p95 ms | keyword p50/p95 ms | hybrid p50/p95 ms"
                + " | recall@10 |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        try (BenchmarkIndexes indexes = new BenchmarkIndexes()) {
            for (String backend : backends) {
                ChunkIndex index = indexes.open(backend, "perf_scale", keep);
                try {
                    boolean loaded = keep && backend.equals("pgvector") && indexes.chunkCount(workspace) == size;
                    double build =
                            loaded ? Double.NaN : BulkLoad.load(backend, index, indexes, chunks, CHUNKS_PER_DOCUMENT);
                    indexes.settle();
                    RankedSearch search = BenchmarkIndexes.search(new GivenVectors(queries), index);
                    StringBuilder row = new StringBuilder(String.format(
                            Locale.ROOT,
                            "| %s | %s | %.0f",
                            backend,
                            loaded ? "kept" : String.format(Locale.ROOT, "%.0f", build),
                            indexes.sizeOnDisk() / 1e6));
                    for (SearchMode mode : SearchMode.values()) {
                        double[] millis = latency(search, workspace, queries.keySet(), mode);
                        row.append(String.format(Locale.ROOT, " | %.1f / %.1f", millis[0], millis[1]));
                    }
                    double recall = 0;
                    for (int q = 0; q < recallQueries.size(); q++) {
                        Set<Integer> expected = exact.get(q);
                        for (ChunkMatch match : index.nearest(workspace, recallQueries.get(q), 10)) {
                            int position = (int) (match.documentId().value().getLeastSignificantBits() - 1)
                                            * CHUNKS_PER_DOCUMENT
                                    + match.ordinal();
                            recall += expected.contains(position) ? 0.1 : 0;
                        }
                    }
                    row.append(String.format(Locale.ROOT, " | %.3f |", recall / recallQueries.size()));
                    System.out.println(row);
                } finally {
                    if (!keep) { // -Dkeep=true leaves the chunks for EXPLAIN ANALYZE and later runs
                        index.deleteWorkspace(workspace);
                    }
                }
            }
        }
    }

    private static double[] latency(RankedSearch search, WorkspaceId workspace, Set<String> queries, SearchMode mode) {
        List<String> all = new ArrayList<>(queries);
        for (String query : all.subList(0, 20)) {
            search.search(workspace, query, 10, mode); // warm up
        }
        List<Double> millis = new ArrayList<>();
        for (String query : all) {
            long started = System.nanoTime();
            search.search(workspace, query, 10, mode);
            millis.add((System.nanoTime() - started) / 1e6);
        }
        millis.sort(Double::compare);
        return new double[] {SciFactBenchmark.percentile(millis, 50), SciFactBenchmark.percentile(millis, 95)};
    }

    private static Set<Integer> exactTop10(List<float[]> vectors, float[] query) {
        int[] best = new int[10];
        double[] scores = new double[10];
        java.util.Arrays.fill(scores, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < vectors.size(); i++) {
            double score = SyntheticCorpus.dot(vectors.get(i), query);
            if (score > scores[9]) {
                int at = 9;
                while (at > 0 && scores[at - 1] < score) {
                    scores[at] = scores[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                scores[at] = score;
                best[at] = i;
            }
        }
        Set<Integer> top = new HashSet<>();
        for (int i : best) {
            top.add(i);
        }
        return top;
    }

    /** Query vectors known in advance, looked up by the query text after the instruction. */
    private record GivenVectors(Map<String, float[]> vectors) implements EmbeddingModel {

        @Override
        public EmbeddingResponse call(EmbeddingRequest request) {
            List<Embedding> embeddings = new ArrayList<>();
            for (String text : request.getInstructions()) {
                String query = text.substring(RetrievalSettings.BGE_QUERY_INSTRUCTION.length());
                embeddings.add(new Embedding(vectors.get(query), embeddings.size()));
            }
            return new EmbeddingResponse(embeddings);
        }

        @Override
        public float[] embed(Document document) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int dimensions() {
            return DIMENSIONS;
        }
    }

    private ScaleBenchmark() {}
}
