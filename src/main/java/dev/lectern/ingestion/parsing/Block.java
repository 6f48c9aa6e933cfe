package dev.lectern.ingestion.parsing;

import java.util.Objects;

/**
 * One structural unit of a parsed document, in reading order.
 *
 * @param kind what the block is
 * @param level heading level 1 to 6 for headings, 0 otherwise
 * @param text the block's text; a table is a Markdown table (header row, separator, one line per row)
 * @param location where the block sits in the original (page, slide, sheet), for citations
 */
public record Block(BlockKind kind, int level, String text, Location location) {

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        location = location == null ? Location.NONE : location;
        if (kind == BlockKind.HEADING && (level < 1 || level > 6)) {
            throw new IllegalArgumentException("A heading has a level from 1 to 6");
        }
    }

    public static Block heading(int level, String text, Location location) {
        return new Block(BlockKind.HEADING, level, text, location);
    }

    public static Block of(BlockKind kind, String text, Location location) {
        return new Block(kind, 0, text, location);
    }

    /** The kinds of block a parser emits. */
    public enum BlockKind {
        HEADING,
        PARAGRAPH,
        LIST_ITEM,
        TABLE,
        CODE
    }
}
