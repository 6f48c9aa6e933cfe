package dev.lectern.retrieval;

import dev.lectern.ingestion.Chunk;
import java.util.Objects;

/** A chunk with its embedding, ready to be written into a {@link ChunkIndex}. */
public record IndexedChunk(Chunk chunk, float[] embedding) {

    public IndexedChunk {
        Objects.requireNonNull(chunk, "chunk");
        Objects.requireNonNull(embedding, "embedding");
    }
}
