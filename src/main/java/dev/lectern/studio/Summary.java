package dev.lectern.studio;

import java.util.List;

/**
 * A summary whose statements cite their sources.
 *
 * @param sourcesUsed chunks the summary was written from
 * @param modelCalls map and reduce calls it took (0 when extractive)
 */
public record Summary(
        AnswerMode mode,
        SummaryStyle style,
        String text,
        List<CitedSentence> sentences,
        List<Citation> citations,
        List<Integer> invalidCitations,
        int sourcesUsed,
        int modelCalls) {

    Summary checked(List<CitedSentence> checked) {
        return new Summary(mode, style, text, checked, citations, invalidCitations, sourcesUsed, modelCalls);
    }

    public double supportedShare() {
        return CitedSentence.supportedShare(sentences);
    }
}
