package dev.lectern.retrieval.evaluation;

import dev.lectern.documents.DocumentId;
import dev.lectern.retrieval.BenchmarkIndexes;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.IndexedChunk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads many chunks through the adapter in large transactions. On pgvector the HNSW index is dropped first
 * and built once at the end, as one would for a bulk load: inserting into the graph row by row is several
 * times slower than building it.
 */
final class BulkLoad {

    private static final int CHUNKS_PER_WRITE = 20_000;

    private BulkLoad() {}

    /** Seconds from the first write to a searchable index. */
    static double load(
            String backend, ChunkIndex index, BenchmarkIndexes indexes, List<IndexedChunk> chunks, int perDocument) {
        long started = System.nanoTime();
        boolean pgvector = backend.equals("pgvector");
        if (pgvector) {
            indexes.jdbc().execute("drop index if exists retrieval_chunks_embedding_hnsw");
        }
        for (int start = 0; start < chunks.size(); start += CHUNKS_PER_WRITE) {
            Map<DocumentId, List<IndexedChunk>> batch = new LinkedHashMap<>();
            for (int at = start; at < Math.min(chunks.size(), start + CHUNKS_PER_WRITE); at += perDocument) {
                List<IndexedChunk> document = chunks.subList(at, Math.min(chunks.size(), at + perDocument));
                batch.put(document.getFirst().chunk().documentId(), document);
            }
            index.replaceDocuments(batch);
        }
        double loaded = (System.nanoTime() - started) / 1e9;
        if (pgvector) {
            // one statement string: the settings must reach the connection that builds the index
            indexes.jdbc()
                    .execute("set maintenance_work_mem = '1GB'; set max_parallel_maintenance_workers = 1;"
                            + " create index retrieval_chunks_embedding_hnsw on retrieval_chunks"
                            + " using hnsw (embedding vector_cosine_ops)");
            indexes.jdbc().execute("analyze retrieval_chunks");
        }
        double total = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT, "(%s: rows written in %.0f s, searchable after %.0f s)%n", backend, loaded, total);
        return total;
    }
}
