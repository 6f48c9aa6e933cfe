package dev.lectern.ingestion;

/**
 * A run of a block's text that a split keeps whole: a sentence, a line, a table row, a few words, or a
 * piece of a word too long for any chunk.
 *
 * @param start first character, in the block's text
 * @param end one past the last character
 * @param tokens the run's token count
 * @param boundary whether a sentence, line or row starts here, which makes it a good place to cut
 * @param glued whether the run continues the previous one without whitespace (the second or later piece of a
 *     word cut by characters), so that their token counts do not add up and they never share a chunk
 */
record Segment(int start, int end, int tokens, boolean boundary, boolean glued) {}
