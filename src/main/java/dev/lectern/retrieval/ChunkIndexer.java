package dev.lectern.retrieval;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.Chunk;
import dev.lectern.ingestion.ChunkSink;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.stereotype.Component;

/** Embeds the chunks ingestion produces and writes them into the chunk index. */
@Component
class ChunkIndexer implements ChunkSink {

    /** Chunks embedded between two progress reports: often enough for a live bar, rare enough to cost nothing. */
    static final int PROGRESS_STEP = 16;

    private final EmbeddingModel embeddings;
    private final ChunkIndex index;
    private final MeterRegistry meters;

    ChunkIndexer(EmbeddingModel embeddings, ChunkIndex index, MeterRegistry meters) {
        this.embeddings = embeddings;
        this.index = index;
        this.meters = meters;
    }

    @Override
    public void replace(DocumentId documentId, List<Chunk> chunks, IntConsumer embedded) {
        long started = System.nanoTime();
        List<IndexedChunk> indexed = new ArrayList<>(chunks.size());
        // every slice is queued at once, so the model's workers never wait between two slices of a document;
        // progress is still told slice by slice
        List<Future<List<float[]>>> vectors = new ArrayList<>();
        try (ExecutorService slices = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int start = 0; start < chunks.size(); start += PROGRESS_STEP) {
                List<String> texts = chunks.subList(start, Math.min(chunks.size(), start + PROGRESS_STEP)).stream()
                        .map(RankedSearch::embeddingText)
                        .toList();
                vectors.add(slices.submit(() -> embeddings.embed(texts)));
            }
            try {
                for (Future<List<float[]>> slice : vectors) {
                    for (float[] vector : await(slice)) {
                        indexed.add(new IndexedChunk(chunks.get(indexed.size()), vector));
                    }
                    embedded.accept(indexed.size());
                }
            } finally {
                vectors.forEach(slice -> slice.cancel(true)); // cancelled or failed: embed no further
            }
        }
        meters.timer("lectern.ingestion.stage", "stage", "embed")
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        long writing = System.nanoTime();
        index.replaceDocument(documentId, indexed);
        meters.timer("lectern.ingestion.stage", "stage", "index")
                .record(System.nanoTime() - writing, TimeUnit.NANOSECONDS);
    }

    private static List<float[]> await(Future<List<float[]>> slice) {
        try {
            return slice.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("Embedding failed", e.getCause());
        }
    }

    @Override
    public void remove(DocumentId documentId) {
        index.deleteDocument(documentId);
    }
}
