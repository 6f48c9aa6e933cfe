package dev.lectern.retrieval;

import dev.lectern.documents.DocumentId;
import dev.lectern.workspaces.WorkspaceId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Stores chunks with their embeddings and finds the nearest ones to a query vector. */
public interface ChunkIndex {

    /** Replaces all chunks of one document atomically: readers see the old set or the new one. */
    void replaceDocument(DocumentId documentId, List<IndexedChunk> chunks);

    void deleteDocument(DocumentId documentId);

    /** Replaces the chunks of many documents at once; adapters may write them in one commit. */
    default void replaceDocuments(Map<DocumentId, List<IndexedChunk>> chunksByDocument) {
        chunksByDocument.forEach(this::replaceDocument);
    }

    /**
     * After a bulk load (an evaluation's corpus): brings up to date now what the database would bring up to date
     * within a minute or so (PostgreSQL's planner statistics and visibility map), so that the searches that follow
     * run, and are timed, as in a settled system. Nothing to do for an index that needs no such upkeep.
     */
    default void settle() {}

    /** Removes every chunk of the workspace. */
    void deleteWorkspace(WorkspaceId workspaceId);

    /** Gives every chunk of the document these tags (normalised), keeping everything else. */
    void updateTags(DocumentId documentId, List<String> tags);

    /**
     * The k chunks the filter admits nearest to the vector by cosine similarity, best first. The filter is
     * part of the index query, never applied to results afterwards: a narrow filter still yields k chunks.
     */
    List<ChunkMatch> nearest(SearchFilter filter, float[] queryVector, int k);

    /**
     * The k chunks the filter admits that best match the words of the query (BM25 on both adapters), best first;
     * the heading breadcrumb and the document name take part in matching. Any text is safe: query syntax of either
     * engine is read as plain words.
     */
    List<ChunkMatch> keyword(SearchFilter filter, String query, int k);

    /**
     * As {@link #keyword(SearchFilter, String, int)}, the query expanded with the telling words of the feedback
     * chunks (see {@link KeywordFeedback}); empty feedback is the plain keyword search. An adapter that cannot
     * weigh words searches the query as typed.
     */
    default List<ChunkMatch> keyword(SearchFilter filter, String query, KeywordFeedback feedback, int k) {
        return keyword(filter, query, k);
    }

    /** The k chunks of the workspace nearest to the vector; see {@link #nearest(SearchFilter, float[], int)}. */
    default List<ChunkMatch> nearest(WorkspaceId workspaceId, float[] queryVector, int k) {
        return nearest(SearchFilter.workspace(workspaceId), queryVector, k);
    }

    /** The k chunks of the workspace that best match the words; see {@link #keyword(SearchFilter, String, int)}. */
    default List<ChunkMatch> keyword(WorkspaceId workspaceId, String query, int k) {
        return keyword(SearchFilter.workspace(workspaceId), query, k);
    }

    /** The stored embeddings of the chunks that exist among the ids (for diversity and duplicate checks). */
    Map<UUID, float[]> embeddings(Collection<UUID> chunkIds);

    /** The chunks of the document with an ordinal from {@code first} to {@code last}, in reading order. */
    List<ChunkMatch> chunksBetween(DocumentId documentId, int first, int last);

    /** Every chunk of the document in reading order, with a score of 0, for inspection. */
    List<ChunkMatch> chunksOf(DocumentId documentId);

    /** Number of chunks of a document, for checks and progress. */
    int countChunks(DocumentId documentId);
}
