package dev.lectern.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers without a language model: from each of the best sources, the sentence that shares most words with
 * the question, quoted and cited. Works with no model loaded, and is what the citation benchmark measures.
 */
final class ExtractiveAnswers {

    static final int MAX_SENTENCES = 3;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");
    private static final Set<String> STOP_WORDS = Set.of(
            "the", "and", "for", "are", "was", "what", "which", "who", "how", "does", "did", "with", "that", "this",
            "from", "have", "has", "our", "its", "why", "when", "where", "there", "their", "about", "into", "can");

    private ExtractiveAnswers() {}

    static Answer answer(String question, List<Source> sources, Predicate<String> onText) {
        Set<String> asked = words(question);
        List<String> quoted = new ArrayList<>();
        for (Source source : sources) {
            String best = null;
            long bestOverlap = 0;
            for (String sentence : Citations.sentences(source.chunk().text())) {
                long overlap = words(sentence).stream().filter(asked::contains).count();
                if (overlap > bestOverlap) {
                    best = sentence;
                    bestOverlap = overlap;
                }
            }
            if (best != null) {
                quoted.add(best.strip().replaceAll("[.!?]+$", "") + " [" + source.number() + "].");
            }
            if (quoted.size() == MAX_SENTENCES) {
                break;
            }
        }
        if (quoted.isEmpty()) {
            return Answering.notAnswered(AnswerMode.EXTRACTIVE, sources, onText);
        }
        var parsed = Citations.parse(String.join(" ", quoted), sources);
        if (onText != null) {
            onText.test(parsed.text());
        }
        return new Answer(
                null,
                AnswerMode.EXTRACTIVE,
                true,
                parsed.text(),
                parsed.sentences(),
                parsed.citations(),
                List.of(),
                Answering.retrieved(sources));
    }

    static Set<String> words(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT))
                .results()
                .map(m -> m.group())
                .filter(w -> !STOP_WORDS.contains(w))
                .collect(Collectors.toSet());
    }
}
