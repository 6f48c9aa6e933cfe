package dev.lectern.retrieval;

import dev.lectern.documents.DocumentId;
import dev.lectern.workspaces.WorkspaceId;
import java.util.List;
import java.util.Map;

/** Stores chunks with their embeddings and finds the nearest ones to a query vector. */
public interface ChunkIndex {

    /** Replaces all chunks of one document atomically: readers see the old set or the new one. */
    void replaceDocument(DocumentId documentId, List<IndexedChunk> chunks);

    void deleteDocument(DocumentId documentId);

    /** Replaces the chunks of many documents at once; adapters may write them in one commit. */
    default void replaceDocuments(Map<DocumentId, List<IndexedChunk>> chunksByDocument) {
        chunksByDocument.forEach(this::replaceDocument);
    }

    /** Removes every chunk of the workspace. */
    void deleteWorkspace(WorkspaceId workspaceId);

    /**
     * The k chunks of the workspace nearest to the vector by cosine similarity, best first. The workspace is
     * a filter inside the index query, never applied to results afterwards.
     */
    List<ChunkMatch> nearest(WorkspaceId workspaceId, float[] queryVector, int k);

    /**
     * The k chunks of the workspace that best match the words of the query (BM25 on Lucene, ts_rank_cd on
     * PostgreSQL), best first; the heading breadcrumb and the document name take part in matching.
     */
    List<ChunkMatch> keyword(WorkspaceId workspaceId, String query, int k);

    /** Every chunk of the document in reading order, with a score of 0, for inspection. */
    List<ChunkMatch> chunksOf(DocumentId documentId);

    /** Number of chunks of a document, for checks and progress. */
    int countChunks(DocumentId documentId);
}
