package dev.lectern.studio;

import java.util.ArrayList;
import java.util.List;

/** Summarises without a model: the opening sentence of each source in order, cited, up to the target length. */
final class ExtractiveSummaries {

    private ExtractiveSummaries() {}

    static Summary summarize(List<Source> sources, SummaryStyle style, int words) {
        List<String> quoted = new ArrayList<>();
        int written = 0;
        for (Source source : sources) {
            List<String> sentences = Citations.sentences(source.chunk().text().strip());
            if (sentences.isEmpty() || written >= words) {
                continue;
            }
            String first = sentences.getFirst().replaceAll("[.!?]+$", "");
            quoted.add(first + " [" + source.number() + "].");
            written += first.split("\\s+").length;
        }
        var parsed = Citations.parse(String.join(" ", quoted), sources);
        return new Summary(
                AnswerMode.EXTRACTIVE,
                style,
                parsed.text(),
                parsed.sentences(),
                parsed.citations(),
                List.of(),
                sources.size(),
                0);
    }
}
