package dev.lectern.ingestion;

import dev.lectern.embedding.TokenCounter;

/**
 * A predictable stand-in for the model's tokenizer: one token per started ten characters of each
 * whitespace-separated word, so a short word is one token and a long one several.
 */
final class WordLengthTokenCounter implements TokenCounter {

    private final int maxTokens;

    WordLengthTokenCounter(int maxTokens) {
        this.maxTokens = maxTokens;
    }

    WordLengthTokenCounter() {
        this(510);
    }

    @Override
    public int countTokens(String text) {
        int count = 0;
        int wordLength = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                count += (wordLength + 9) / 10;
                wordLength = 0;
            } else {
                wordLength++;
            }
        }
        return count;
    }

    @Override
    public int maxTokens() {
        return maxTokens;
    }
}
