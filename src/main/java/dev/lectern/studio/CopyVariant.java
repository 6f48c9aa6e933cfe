package dev.lectern.studio;

import java.util.List;

/** One version of a piece of copy; sentences that no cited source backs are flagged as unsupported. */
public record CopyVariant(
        String text, List<CitedSentence> sentences, List<Citation> citations, List<Integer> invalidCitations) {

    public double supportedShare() {
        return CitedSentence.supportedShare(sentences);
    }
}
