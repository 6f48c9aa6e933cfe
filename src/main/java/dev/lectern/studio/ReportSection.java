package dev.lectern.studio;

import java.util.List;

/**
 * A written section of a report.
 *
 * @param sources every source the section was written from, numbered across the whole report
 * @param sentences the text's sentences with the sources each cites
 */
public record ReportSection(
        String title,
        String query,
        String instructions,
        String text,
        List<CitedSentence> sentences,
        List<Citation> sources) {

    /** The sources the text cites, in the order of their numbers. */
    public List<Citation> cited() {
        var numbers = sentences.stream()
                .flatMap(s -> s.citations().stream())
                .distinct()
                .toList();
        return sources.stream().filter(c -> numbers.contains(c.number())).toList();
    }
}
