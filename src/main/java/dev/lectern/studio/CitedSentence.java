package dev.lectern.studio;

import java.util.List;

/**
 * One sentence of an output and the sources it cites.
 *
 * @param citations numbers of the given sources it cites; empty means the sentence is unsupported
 */
public record CitedSentence(String text, List<Integer> citations) {

    public CitedSentence {
        citations = List.copyOf(citations);
    }

    public boolean supported() {
        return !citations.isEmpty();
    }
}
