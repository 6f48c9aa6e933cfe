package dev.lectern.retrieval;

import dev.lectern.documents.DocumentId;
import dev.lectern.documents.Documents;
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
    private final Documents documents;

    ChunkIndexer(EmbeddingModel embeddings, ChunkIndex index, MeterRegistry meters, Documents documents) {
        this.embeddings = embeddings;
        this.index = index;
        this.meters = meters;
        this.documents = documents;
    }

    @Override
    public void replace(DocumentId documentId, List<Chunk> chunks, IntConsumer embedded) {
        long started = System.nanoTime();
        List<float[]> vectors = new ArrayList<>(chunks.size());
        for (int start = 0; start < chunks.size(); start += PROGRESS_STEP) {
            List<Chunk> slice = chunks.subList(start, Math.min(chunks.size(), start + PROGRESS_STEP));
            vectors.addAll(embeddings.embed(
                    slice.stream().map(RankedSearch::embeddingText).toList()));
            embedded.accept(vectors.size());
        }
        meters.timer("lectern.ingestion.stage", "stage", "embed")
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        long writing = System.nanoTime();
        // read after embedding, which takes long, so that a tag change meanwhile is seen
        DocumentFacets facets = facetsOf(documentId);
        List<IndexedChunk> indexed = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            indexed.add(new IndexedChunk(chunks.get(i), vectors.get(i), facets));
        }
        index.replaceDocument(documentId, indexed);
        // a tag change committed while writing had its event applied to the old chunks: apply it again
        DocumentFacets now = facetsOf(documentId);
        if (!now.tags().equals(facets.tags())) {
            index.updateTags(documentId, now.tags());
        }
        meters.timer("lectern.ingestion.stage", "stage", "index")
                .record(System.nanoTime() - writing, TimeUnit.NANOSECONDS);
    }

    private DocumentFacets facetsOf(DocumentId documentId) {
        return documents.findById(documentId.value()).map(DocumentFacets::of).orElse(DocumentFacets.NONE);
    }

    @Override
    public void remove(DocumentId documentId) {
        index.deleteDocument(documentId);
    }
}
