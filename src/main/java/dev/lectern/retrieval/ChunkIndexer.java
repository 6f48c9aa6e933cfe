package dev.lectern.retrieval;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.Chunk;
import dev.lectern.ingestion.ChunkSink;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
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
        for (int start = 0; start < chunks.size(); start += PROGRESS_STEP) {
            List<Chunk> slice = chunks.subList(start, Math.min(chunks.size(), start + PROGRESS_STEP));
            List<float[]> vectors = embeddings.embed(
                    slice.stream().map(RankedSearch::embeddingText).toList());
            for (int i = 0; i < slice.size(); i++) {
                indexed.add(new IndexedChunk(slice.get(i), vectors.get(i)));
            }
            embedded.accept(indexed.size());
        }
        meters.timer("lectern.ingestion.stage", "stage", "embed")
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        long writing = System.nanoTime();
        index.replaceDocument(documentId, indexed);
        meters.timer("lectern.ingestion.stage", "stage", "index")
                .record(System.nanoTime() - writing, TimeUnit.NANOSECONDS);
    }

    @Override
    public void remove(DocumentId documentId) {
        index.deleteDocument(documentId);
    }
}
