package dev.lectern.studio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.stereotype.Component;

/**
 * Checks each sentence that cites a chunk against that chunk: the cosine similarity of their embeddings and the
 * share of the sentence's content words that the chunk contains. A sentence is supported when one of its cited
 * chunks passes both thresholds (measured on SciFact by {@code CitationCheckCalibration}).
 */
@Component
class CitationCheck {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKER = Pattern.compile("\\s*\\[\\d+(?:\\s*,\\s*\\d+)*\\]");
    private static final Set<String> STOP_WORDS = Set.of(
            "the", "and", "for", "are", "was", "were", "what", "which", "who", "how", "does", "did", "with", "that",
            "this", "these", "those", "from", "have", "has", "had", "our", "its", "why", "when", "where", "there",
            "their", "they", "about", "into", "can", "not", "but", "all", "any", "been", "being", "than", "then",
            "also", "may", "will", "would", "should", "could", "such", "each", "other", "more", "most", "very");
    // crude stemming: "increased" and "increases" meet at "increa", which is all the overlap needs
    private static final int STEM = 6;

    private final EmbeddingModel embeddings;
    private final StudioSettings settings;

    CitationCheck(EmbeddingModel embeddings, StudioSettings settings) {
        this.embeddings = embeddings;
        this.settings = settings;
    }

    /** The sentences with their scores; those whose cited chunks do not back them become unsupported. */
    List<CitedSentence> check(List<CitedSentence> sentences, List<Source> sources) {
        Map<Integer, Source> byNumber = new HashMap<>();
        sources.forEach(source -> byNumber.put(source.number(), source));
        // embed every checked sentence and every cited chunk in one request
        List<String> texts = new ArrayList<>();
        Set<Integer> cited = new LinkedHashSet<>();
        for (CitedSentence sentence : sentences) {
            if (!sentence.citations().isEmpty()) {
                texts.add(claim(sentence.text()));
                cited.addAll(sentence.citations());
            }
        }
        if (texts.isEmpty()) {
            return sentences;
        }
        List<Integer> numbers = List.copyOf(cited);
        numbers.forEach(n -> texts.add(passage(byNumber.get(n))));
        List<float[]> vectors = embeddings.embed(texts);
        Map<Integer, float[]> chunkVectors = new HashMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            chunkVectors.put(numbers.get(i), vectors.get(texts.size() - numbers.size() + i));
        }
        List<CitedSentence> checked = new ArrayList<>(sentences.size());
        int next = 0;
        for (CitedSentence sentence : sentences) {
            if (sentence.citations().isEmpty()) {
                checked.add(sentence);
                continue;
            }
            float[] vector = vectors.get(next++);
            CitedSentence best = null;
            for (int number : sentence.citations()) {
                double similarity = cosine(vector, chunkVectors.get(number));
                double overlap =
                        overlap(sentence.text(), byNumber.get(number).chunk().text());
                CitedSentence scored = new CitedSentence(
                        sentence.text(), sentence.citations(), supports(similarity, overlap), similarity, overlap);
                if (best == null || rank(scored) > rank(best)) {
                    best = scored;
                }
            }
            checked.add(best);
        }
        return checked;
    }

    boolean supports(double similarity, double overlap) {
        return similarity >= settings.supportSimilarity() && overlap >= settings.supportOverlap();
    }

    private static double rank(CitedSentence s) {
        return (s.supported() ? 10 : 0) + s.similarity() + s.overlap();
    }

    /** The sentence as a claim: without its citation markers, which say nothing about its content. */
    static String claim(String sentence) {
        return MARKER.matcher(sentence).replaceAll("").strip();
    }

    /** A chunk is embedded with its breadcrumb, as the index embeds it. */
    static String passage(Source source) {
        var chunk = source.chunk();
        return chunk.headingPath().isEmpty() ? chunk.text() : chunk.headingPath() + "\n" + chunk.text();
    }

    /** The share of the sentence's content words (numbers included) that the passage contains; 1 when none. */
    static double overlap(String sentence, String passage) {
        Set<String> words = contentWords(claim(sentence));
        if (words.isEmpty()) {
            return 1;
        }
        Set<String> found = contentWords(passage);
        return (double) words.stream().filter(found::contains).count() / words.size();
    }

    static Set<String> contentWords(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT))
                .results()
                .map(m -> m.group())
                .filter(w -> w.chars().anyMatch(Character::isDigit) || (w.length() >= 3 && !STOP_WORDS.contains(w)))
                .map(w -> w.length() > STEM ? w.substring(0, STEM) : w)
                .collect(Collectors.toSet());
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
