package dev.lectern.ingestion;

import dev.lectern.documents.DocumentId;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Where finished chunks go. The retrieval module implements it, so ingestion needs no knowledge of indexes.
 */
public interface ChunkSink {

    /**
     * Embeds the chunks and replaces every chunk of the document with them in one step; safe to call again for
     * the same document.
     *
     * @param embedded told the number of chunks embedded so far, as embedding goes on
     */
    void replace(DocumentId documentId, List<Chunk> chunks, IntConsumer embedded);

    /** Removes every chunk of the document. */
    void remove(DocumentId documentId);
}
