package dev.lectern.retrieval;

import dev.lectern.ingestion.Chunk;
import java.util.Objects;

/** A chunk with its embedding and its document's facets, ready to be written into a {@link ChunkIndex}. */
public record IndexedChunk(Chunk chunk, float[] embedding, DocumentFacets facets) {

    public IndexedChunk {
        Objects.requireNonNull(chunk, "chunk");
        Objects.requireNonNull(embedding, "embedding");
        facets = facets == null ? DocumentFacets.NONE : facets;
    }

    /** A chunk without facets: found by searches that filter by workspace or document only. */
    public IndexedChunk(Chunk chunk, float[] embedding) {
        this(chunk, embedding, DocumentFacets.NONE);
    }
}
