package dev.lectern.retrieval;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Chunks taken as relevant to a keyword query, whose most telling words expand it (RM3-like pseudo-relevance
 * feedback): a word's weight is its share of each feedback chunk times its inverse document frequency, summed
 * over the chunks; the {@code terms} heaviest words, scaled to sum to 1, get {@code weight} of the query and
 * the query's own words the rest. Each adapter counts the words in its own analysis (Lucene's English analyzer,
 * PostgreSQL's English lexemes) and scores the weighted words with its BM25.
 *
 * @param chunks the feedback chunks, best first (their text and breadcrumb are read)
 * @param terms how many words are added at most
 * @param weight the expansion's share of the query, from 0 (the query as typed) to 1
 */
public record KeywordFeedback(List<ChunkMatch> chunks, int terms, double weight) {

    /** No feedback: the keyword search of the query as typed. */
    public static final KeywordFeedback NONE = new KeywordFeedback(List.of(), 0, 0);

    public KeywordFeedback {
        chunks = List.copyOf(chunks);
    }

    /** Whether the feedback changes nothing. */
    public boolean isEmpty() {
        return chunks.isEmpty() || terms <= 0 || weight <= 0;
    }

    /**
     * The weighted words of the expanded query.
     *
     * @param query the distinct words of the query, as the adapter analyses them
     * @param frequencies per feedback chunk, how often each word occurs in it
     * @param idf the adapter's inverse document frequency of a word
     */
    public Map<String, Double> expand(
            Collection<String> query, List<Map<String, Integer>> frequencies, ToDoubleFunction<String> idf) {
        Map<String, Double> telling = new HashMap<>();
        for (Map<String, Integer> chunk : frequencies) {
            double length = chunk.values().stream().mapToInt(Integer::intValue).sum();
            chunk.forEach((word, count) -> telling.merge(word, count / length * idf.applyAsDouble(word), Double::sum));
        }
        List<Map.Entry<String, Double>> best = telling.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(Math.max(0, terms))
                .toList();
        double sum = best.stream().mapToDouble(Map.Entry::getValue).sum();
        Map<String, Double> weights = new LinkedHashMap<>();
        double own = best.isEmpty() ? 1 : 1 - weight;
        query.forEach(word -> weights.merge(word, own / query.size(), Double::sum));
        best.forEach(e -> weights.merge(e.getKey(), weight * e.getValue() / sum, Double::sum));
        return weights;
    }
}
