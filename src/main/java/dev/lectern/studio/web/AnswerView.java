package dev.lectern.studio.web;

import dev.lectern.ingestion.parsing.Location;
import dev.lectern.studio.Answer;
import dev.lectern.studio.AnswerMode;
import dev.lectern.studio.Citation;
import dev.lectern.studio.CitedSentence;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An answer as the API shows it (the JSON body, or the {@code citations} event of a stream).
 *
 * @param unsupported sentences that no cited source backs
 * @param supportedShare share of sentences that their cited sources back
 * @param retrieved every source the answer was written from, cited or not, numbered as in the prompt
 */
record AnswerView(
        UUID conversationId,
        AnswerMode mode,
        boolean answered,
        String text,
        List<CitedSentence> sentences,
        List<String> unsupported,
        double supportedShare,
        List<CitationView> citations,
        List<Integer> invalidCitations,
        List<CitationView> retrieved) {

    static AnswerView of(Answer answer) {
        return new AnswerView(
                answer.conversationId(),
                answer.mode(),
                answer.answered(),
                answer.text(),
                answer.sentences(),
                answer.sentences().stream()
                        .filter(s -> !s.supported())
                        .map(CitedSentence::text)
                        .toList(),
                answer.supportedShare(),
                answer.citations().stream().map(CitationView::of).toList(),
                answer.invalidCitations(),
                answer.retrieved().stream().map(CitationView::of).toList());
    }

    /** A cited chunk: where it is, and the passage to check the sentence against. */
    record CitationView(
            int number,
            UUID chunkId,
            UUID documentId,
            String documentName,
            @Nullable Integer page,
            @Nullable Integer slide,
            @Nullable String sheet,
            @Nullable String headingPath,
            String passage) {

        static CitationView of(Citation c) {
            Location at = c.location();
            return new CitationView(
                    c.number(),
                    c.chunkId(),
                    c.documentId(),
                    c.documentName(),
                    at.kind() == Location.Kind.PAGE ? at.number() : null,
                    at.kind() == Location.Kind.SLIDE ? at.number() : null,
                    at.kind() == Location.Kind.SHEET ? at.label() : null,
                    c.headingPath(),
                    c.passage());
        }
    }
}
