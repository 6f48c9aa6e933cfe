package dev.lectern.studio;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One sentence of an output, the sources it cites, and whether the cited passages back it.
 *
 * @param citations numbers of the given sources it cites; a sentence that cites none is unsupported
 * @param supported true when it cites a source and (once checked) one of the cited passages backs it
 * @param similarity cosine similarity of the sentence and its best cited passage; null when not checked
 * @param overlap share of the sentence's content words found in that passage; null when not checked
 */
public record CitedSentence(
        String text,
        List<Integer> citations,
        boolean supported,
        @Nullable Double similarity,
        @Nullable Double overlap) {

    public CitedSentence {
        citations = List.copyOf(citations);
    }

    /** Not yet checked against its passages: supported as far as it cites something. */
    public CitedSentence(String text, List<Integer> citations) {
        this(text, citations, !citations.isEmpty(), null, null);
    }

    /** The share of sentences that are supported; 0 for none. */
    static double supportedShare(List<CitedSentence> sentences) {
        return sentences.isEmpty()
                ? 0
                : (double) sentences.stream().filter(CitedSentence::supported).count() / sentences.size();
    }
}
