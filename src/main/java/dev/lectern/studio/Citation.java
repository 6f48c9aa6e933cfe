package dev.lectern.studio;

import dev.lectern.ingestion.parsing.Location;
import java.util.UUID;

/**
 * A source that an output cites, with what a reader needs to check it.
 *
 * @param number the number used inline, as in {@code [2]}
 * @param location page, slide or sheet of the passage in its original file
 * @param passage the chunk's text: the quoted passage
 */
public record Citation(
        int number,
        UUID chunkId,
        UUID documentId,
        String documentName,
        Location location,
        String headingPath,
        String passage) {

    static Citation of(Source source) {
        var chunk = source.chunk();
        return new Citation(
                source.number(),
                chunk.chunkId(),
                chunk.documentId().value(),
                chunk.documentName(),
                chunk.location(),
                chunk.headingPath(),
                chunk.text());
    }
}
