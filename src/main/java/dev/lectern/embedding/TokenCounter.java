package dev.lectern.embedding;

/** Counts tokens the way the embedding model sees them, so that chunks fit the model's window. */
public interface TokenCounter {

    /** Tokens of the text, without the model's special [CLS] and [SEP] tokens. */
    int countTokens(String text);

    /** The most tokens of text the model reads from one passage. */
    int maxTokens();
}
