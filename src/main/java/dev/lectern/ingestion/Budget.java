package dev.lectern.ingestion;

/**
 * How much text one chunk may hold, in model tokens and in characters.
 *
 * <p>The character ceiling exists because a tokenizer can count very little for a lot of text: BERT's
 * WordPiece turns any word longer than 100 characters into a single unknown token, so a 20,000-character
 * string "fits" in one token but would flood the generation prompt that quotes the chunk.
 *
 * @param tokens the most tokens
 * @param chars the most characters
 */
record Budget(int tokens, int chars) {

    /** Far above real text (English averages about 4.5 characters a token, tables and code fewer). */
    static final int CHARS_PER_TOKEN_CEILING = 10;

    /** Even under an absurdly long breadcrumb a chunk keeps room for some text. */
    private static final int MIN_TOKENS = 32;

    /**
     * The budget of chunks under a breadcrumb: the configured size, but never more than what is left of the
     * model's window once the breadcrumb, which is embedded together with the chunk, is counted.
     */
    static Budget of(int chunkTokens, int maxTokens, int breadcrumbTokens) {
        int ceiling = Math.min(chunkTokens, maxTokens);
        int tokens = Math.max(Math.min(ceiling, maxTokens - breadcrumbTokens), Math.min(ceiling, MIN_TOKENS));
        return new Budget(tokens, tokens * CHARS_PER_TOKEN_CEILING);
    }

    boolean fits(int tokenCount, int charCount) {
        return tokenCount <= tokens && charCount <= chars;
    }

    /** What is left once a fixed part that every piece repeats (a table's header) is taken out. */
    Budget minus(int tokenCount, int charCount) {
        return new Budget(tokens - tokenCount, chars - charCount);
    }
}
