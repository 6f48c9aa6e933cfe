package dev.lectern.studio;

import java.util.List;
import java.util.UUID;

/**
 * A grounded answer.
 *
 * @param mode how it was written: generative or extractive
 * @param answered false when the documents do not answer the question, and the text says so
 * @param text the answer with inline citations; citations to numbers that were not given are removed
 * @param sentences each sentence with the sources it cites
 * @param citations the cited sources, in order of first citation
 * @param invalidCitations numbers the model cited that no source has (removed from the text)
 * @param retrieved every source the answer was written from, numbered as in the prompt, cited or not: when a
 *     small model cites nothing, or the answer is a refusal, the reader still sees which passages were searched
 */
public record Answer(
        UUID conversationId,
        AnswerMode mode,
        boolean answered,
        String text,
        List<CitedSentence> sentences,
        List<Citation> citations,
        List<Integer> invalidCitations,
        List<Citation> retrieved) {

    public Answer {
        retrieved = retrieved == null ? List.of() : retrieved; // answers stored before the field existed
    }

    /** The share of sentences that their cited sources back; 0 for a refusal. */
    public double supportedShare() {
        return CitedSentence.supportedShare(sentences);
    }

    Answer checked(List<CitedSentence> checked) {
        return new Answer(conversationId, mode, answered, text, checked, citations, invalidCitations, retrieved);
    }

    Answer inConversation(UUID id) {
        return new Answer(id, mode, answered, text, sentences, citations, invalidCitations, retrieved);
    }
}
