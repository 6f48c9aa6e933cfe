package dev.lectern.ingestion;

import dev.lectern.ingestion.parsing.Location;
import java.util.Objects;

/**
 * A chunk as the chunker cuts it, before it is tied to a stored document.
 *
 * @param text the passage; for a later part of a split table, the header lines followed by its rows
 * @param headingPath the headings above the passage, outermost first, joined with " > " (empty if none)
 * @param location where the passage's first block sits in the original file
 * @param startOffset first character of the passage in {@link ChunkedText#text()}; for a later part of a split
 *     table, the first character of its first row
 * @param endOffset one past the passage's last character in {@link ChunkedText#text()}
 */
record ChunkDraft(String text, String headingPath, Location location, int startOffset, int endOffset) {

    ChunkDraft {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(headingPath, "headingPath");
        Objects.requireNonNull(location, "location");
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("Invalid chunk position");
        }
    }
}
