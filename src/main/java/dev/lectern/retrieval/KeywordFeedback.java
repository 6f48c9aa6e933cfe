package dev.lectern.retrieval;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * @param firstRanking the chunks the query as typed found, best first, as deep as the expanded search asks for
 *     (empty if unknown). An adapter may score only these and the chunks that hold an added word: any other
 *     chunk ranked below all of them for the query's own words, and the expansion scales those words alike, so
 *     it could only climb back through an own word the expansion also weighs. Measured with the pgvector adapter
 *     ({@code SciFactBenchmark}): hybrid nDCG@10 0.7409 against 0.7408 scoring every candidate on the test
 *     claims, 0.7661 against 0.7663 on train. The Lucene adapter ignores it: there the same restriction, as a
 *     filter clause, made the search slower, not faster (its scorer already skips chunks that cannot compete)
 */
public record KeywordFeedback(List<ChunkMatch> chunks, int terms, double weight, List<UUID> firstRanking) {

    /**
     * Chunks the added words may bring in as candidates beside the first ranking, about: the rarest added words
     * first. Chosen on SciFact's train claims: 500 scored as 2,000 did (pgvector hybrid nDCG@10 0.7661 both) and
     * halved the cost of the feedback pass's keyword search; see {@code SciFactBenchmark}.
     */
    public static final int ADDED_CANDIDATES = 500;

    /** No feedback: the keyword search of the query as typed. */
    public static final KeywordFeedback NONE = new KeywordFeedback(List.of(), 0, 0);

    public KeywordFeedback {
        chunks = List.copyOf(chunks);
        firstRanking = List.copyOf(firstRanking);
    }

    /** Feedback without the first ranking: the adapter scores every chunk the expanded query finds. */
    public KeywordFeedback(List<ChunkMatch> chunks, int terms, double weight) {
        this(chunks, terms, weight, List.of());
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
