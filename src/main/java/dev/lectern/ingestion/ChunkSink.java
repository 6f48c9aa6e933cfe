package dev.lectern.ingestion;

import dev.lectern.documents.DocumentId;
import java.util.List;

/**
 * Where finished chunks go. The retrieval module implements it, so ingestion needs no knowledge of indexes.
 */
public interface ChunkSink {

    /** Replaces every chunk of the document with these; safe to call again for the same document. */
    void replace(DocumentId documentId, List<Chunk> chunks);
}
