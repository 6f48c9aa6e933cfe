package dev.lectern.ingestion;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.parsing.Location;
import dev.lectern.workspaces.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * A passage of a document, with where it came from so that an answer can cite it.
 *
 * @param ordinal position of the chunk in its document, from 0
 * @param headingPath the headings above the passage, outermost first, joined with " > " (empty if none)
 * @param startOffset first character of the passage in the extracted text
 * @param endOffset one past its last character
 * @param location page, slide or sheet of the original where the passage starts
 */
public record Chunk(
        DocumentId documentId,
        WorkspaceId workspaceId,
        String documentName,
        int ordinal,
        String text,
        String headingPath,
        int startOffset,
        int endOffset,
        Location location) {

    public Chunk {
        location = location == null ? Location.NONE : location;
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(text, "text");
        headingPath = headingPath == null ? "" : headingPath;
        if (ordinal < 0 || startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("Invalid chunk position");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("A chunk needs text");
        }
    }

    /** A chunk of a document whose format has no pages, slides or sheets. */
    public Chunk(
            DocumentId documentId,
            WorkspaceId workspaceId,
            String documentName,
            int ordinal,
            String text,
            String headingPath,
            int startOffset,
            int endOffset) {
        this(documentId, workspaceId, documentName, ordinal, text, headingPath, startOffset, endOffset, Location.NONE);
    }

    /** Stable across re-ingestion of the same document, so that re-indexing replaces rather than duplicates. */
    public UUID id() {
        return UUID.nameUUIDFromBytes((documentId + "#" + ordinal).getBytes(StandardCharsets.UTF_8));
    }
}
