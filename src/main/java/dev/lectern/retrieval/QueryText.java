package dev.lectern.retrieval;

import dev.lectern.embedding.TokenCounter;

/**
 * Makes what a user typed into a query: control characters (NUL included, which PostgreSQL cannot store)
 * become spaces, and a query longer than the embedding model reads is cut at a word boundary, since the
 * model would ignore the rest anyway and keyword search should not weigh words the vector never saw.
 */
final class QueryText {

    private final TokenCounter tokens;
    private final int limit;

    /** @param instruction the text embedded before every query, which takes part of the model's window */
    QueryText(TokenCounter tokens, String instruction) {
        this.tokens = tokens;
        this.limit = tokens.maxTokens() - (instruction.isEmpty() ? 0 : tokens.countTokens(instruction));
    }

    record Cleaned(String text, boolean truncated) {}

    Cleaned clean(String raw) {
        String text = raw.replaceAll("\\p{Cntrl}", " ").strip();
        if (text.isEmpty() || tokens.countTokens(text) <= limit) {
            return new Cleaned(text, false);
        }
        // the longest prefix that fits: token counts grow with the prefix, so a binary search finds it
        int low = 0, high = text.length();
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (tokens.countTokens(text.substring(0, middle)) <= limit) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        if (low > 0 && Character.isHighSurrogate(text.charAt(low - 1))) {
            low--;
        }
        int lastSpace = text.lastIndexOf(' ', low);
        // a cut inside a word would search for a fragment; one very long "word" is cut where it must be
        String cut = lastSpace > 0 && !Character.isWhitespace(text.charAt(low))
                ? text.substring(0, lastSpace)
                : text.substring(0, low);
        return new Cleaned(cut.strip(), true);
    }
}
