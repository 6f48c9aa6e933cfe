package dev.lectern.retrieval;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.Chunk;
import dev.lectern.ingestion.ChunkSink;
import java.util.ArrayList;
import java.util.List;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.stereotype.Component;

/** Embeds the chunks ingestion produces and writes them into the chunk index. */
@Component
class ChunkIndexer implements ChunkSink {

    private final EmbeddingModel embeddings;
    private final ChunkIndex index;

    ChunkIndexer(EmbeddingModel embeddings, ChunkIndex index) {
        this.embeddings = embeddings;
        this.index = index;
    }

    @Override
    public void replace(DocumentId documentId, List<Chunk> chunks) {
        List<float[]> vectors = embeddings.embed(
                chunks.stream().map(ChunkIndexer::embeddingText).toList());
        List<IndexedChunk> indexed = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            indexed.add(new IndexedChunk(chunks.get(i), vectors.get(i)));
        }
        index.replaceDocument(documentId, indexed);
    }

    /** The breadcrumb is embedded with the passage so that "Refunds" under "Returns" is found by either. */
    static String embeddingText(Chunk chunk) {
        return chunk.headingPath().isEmpty() ? chunk.text() : chunk.headingPath() + "\n" + chunk.text();
    }
}
