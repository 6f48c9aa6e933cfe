package dev.lectern.ingestion;

import java.util.List;
import java.util.Objects;

/**
 * A document's extracted text together with the chunks cut from it.
 *
 * @param text the blocks' texts, headings included, joined with a blank line in reading order
 * @param chunks the chunks in reading order, with offsets into {@code text}
 */
record ChunkedText(String text, List<ChunkDraft> chunks) {

    ChunkedText {
        Objects.requireNonNull(text, "text");
        chunks = List.copyOf(chunks);
    }
}
