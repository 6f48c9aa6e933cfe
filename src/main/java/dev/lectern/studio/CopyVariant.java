package dev.lectern.studio;

import java.util.List;

/** One version of a piece of copy; sentences that cite no source are flagged as unsupported. */
public record CopyVariant(
        String text, List<CitedSentence> sentences, List<Citation> citations, List<Integer> invalidCitations) {

    public double supportedShare() {
        return sentences.isEmpty()
                ? 0
                : (double) sentences.stream().filter(CitedSentence::supported).count() / sentences.size();
    }
}
