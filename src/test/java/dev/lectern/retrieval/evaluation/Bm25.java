package dev.lectern.retrieval.evaluation;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.parsing.Location;
import dev.lectern.retrieval.ChunkMatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * BM25 over a corpus in memory (one field, EnglishAnalyzer, k1 0.9, b 0.4: close to both adapters) with an
 * inverted index, and the expansion words of feedback documents; {@link KeywordFeedbackFit} explores keyword
 * feedback with it without an index adapter.
 */
final class Bm25 {

    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    private final List<DocumentId> documents = new ArrayList<>();
    private final Map<DocumentId, Integer> positions = new HashMap<>();
    private final List<Map<String, Integer>> frequencies = new ArrayList<>();
    private final int[] lengths;
    private final Map<String, List<int[]>> postings = new HashMap<>();
    private final double averageLength;

    Bm25(Map<DocumentId, String> texts) {
        lengths = new int[texts.size()];
        long total = 0;
        for (var entry : texts.entrySet()) {
            int i = documents.size();
            documents.add(entry.getKey());
            positions.put(entry.getKey(), i);
            Map<String, Integer> tf = new HashMap<>();
            List<String> terms = terms(entry.getValue());
            terms.forEach(t -> tf.merge(t, 1, Integer::sum));
            frequencies.add(tf);
            lengths[i] = terms.size();
            total += terms.size();
            tf.forEach((t, f) ->
                    postings.computeIfAbsent(t, x -> new ArrayList<>()).add(new int[] {i, f}));
        }
        averageLength = (double) total / lengths.length;
    }

    double idf(String term) {
        int df = postings.getOrDefault(term, List.of()).size();
        return Math.log(1 + (documents.size() - df + 0.5) / (df + 0.5));
    }

    List<ChunkMatch> search(Map<String, Double> weighted, int k) {
        double[] scores = new double[documents.size()];
        weighted.forEach((term, weight) -> {
            double idf = idf(term);
            for (int[] p : postings.getOrDefault(term, List.of())) {
                double norm = 0.9 * (0.6 + 0.4 * lengths[p[0]] / averageLength);
                scores[p[0]] += weight * idf * p[1] * 1.9 / (p[1] + norm);
            }
        });
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > 0) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Double.compare(scores[b], scores[a]));
        List<ChunkMatch> found = new ArrayList<>();
        for (int i : order.subList(0, Math.min(k, order.size()))) {
            DocumentId id = documents.get(i);
            found.add(new ChunkMatch(id.value(), id, "", 0, "", "", 0, 0, Location.NONE, scores[i]));
        }
        return found;
    }

    /** The n best expansion words of the feedback documents, weights summing to 1. */
    Map<String, Double> expansion(List<DocumentId> feedback, int n, boolean withIdf) {
        Map<String, Double> weights = new HashMap<>();
        for (DocumentId id : feedback) {
            int i = positions.get(id);
            frequencies
                    .get(i)
                    .forEach((t, f) -> weights.merge(t, (double) f / lengths[i] * (withIdf ? idf(t) : 1), Double::sum));
        }
        List<Map.Entry<String, Double>> best = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(n)
                .toList();
        double sum = best.stream().mapToDouble(Map.Entry::getValue).sum();
        Map<String, Double> chosen = new LinkedHashMap<>();
        best.forEach(e -> chosen.put(e.getKey(), e.getValue() / sum));
        return chosen;
    }

    List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
