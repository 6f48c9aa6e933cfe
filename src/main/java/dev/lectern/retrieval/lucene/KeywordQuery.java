package dev.lectern.retrieval.lucene;

import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.KeywordFeedback;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a user typed into a BM25 query over the passage, its heading breadcrumb and the document name.
 * Every word is optional (OR), as web search does; no query syntax, so nothing a user types can fail.
 */
final class KeywordQuery {

    /** The passage counts most; a word in the breadcrumb or the file name still lifts a chunk. */
    private static final Map<String, Float> FIELDS = Map.of(
            ChunkFields.TEXT, 1.0f,
            ChunkFields.HEADING_PATH, 0.5f,
            ChunkFields.DOCUMENT_NAME_WORDS, 0.3f);

    /**
     * Distinct words taken from a query; the rest are ignored. Lucene refuses queries of more than 1024
     * clauses, and every word makes one clause per field.
     */
    static final int MAX_TERMS = 300;

    /** Lucene's default limit on the clauses of one query. */
    private static final int MAX_CLAUSES = 1024;

    private KeywordQuery() {}

    /** The query, or null when the text holds no searchable word. */
    static Query parse(String text, Analyzer analyzer) {
        Map<String, Double> weights = new LinkedHashMap<>();
        terms(text, analyzer, MAX_TERMS).forEach(term -> weights.put(term, 1.0));
        return weighted(weights, term -> true);
    }

    /**
     * The query expanded with the telling words of the feedback chunks, weighted by their inverse document
     * frequency in the passage field; null when the text holds no searchable word.
     */
    static Query expanded(String text, KeywordFeedback feedback, Analyzer analyzer, IndexReader reader)
            throws IOException {
        Set<String> query = terms(text, analyzer, MAX_TERMS);
        if (query.isEmpty()) {
            return null;
        }
        List<Map<String, Integer>> frequencies = new ArrayList<>();
        for (ChunkMatch chunk : feedback.chunks()) {
            Map<String, Integer> counts = new HashMap<>();
            words(chunk.headingPath() + "\n" + chunk.text(), analyzer, Integer.MAX_VALUE)
                    .forEach(word -> counts.merge(word, 1, Integer::sum));
            frequencies.add(counts);
        }
        long chunks = Math.max(1, reader.getDocCount(ChunkFields.TEXT));
        Map<String, Integer> documentFrequencies = new HashMap<>();
        for (Map<String, Integer> counts : frequencies) {
            for (String word : counts.keySet()) {
                if (!documentFrequencies.containsKey(word)) {
                    documentFrequencies.put(word, reader.docFreq(new Term(ChunkFields.TEXT, word)));
                }
            }
        }
        // at most MAX_CLAUSES clauses: Lucene refuses more than 1024
        KeywordFeedback capped = new KeywordFeedback(
                feedback.chunks(),
                Math.min(feedback.terms(), MAX_CLAUSES - FIELDS.size() * query.size()),
                feedback.weight(),
                feedback.firstRanking());
        Map<String, Double> weights = capped.expand(query, frequencies, word -> {
            int df = documentFrequencies.getOrDefault(word, 0);
            return Math.log(1 + (chunks - df + 0.5) / (df + 0.5));
        });
        // the added words come from passages and are weighed by their rarity among passages, so they are looked
        // for in the passage field only: a third of the clauses, which at 200,000 chunks is most of the cost
        return weighted(weights, query::contains);
    }

    /**
     * Every term boosted by the field's weight times its own: the query's own words in each field, other words in
     * the passage field only; null for no terms.
     */
    private static Query weighted(Map<String, Double> weights, Predicate<String> inEveryField) {
        if (weights.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
            weights.forEach((term, weight) -> {
                if (field.getKey().equals(ChunkFields.TEXT) || inEveryField.test(term)) {
                    Query clause = new TermQuery(new Term(field.getKey(), term));
                    query.add(new BoostQuery(clause, (float) (field.getValue() * weight)), BooleanClause.Occur.SHOULD);
                }
            });
        }
        return query.build();
    }

    /** The distinct terms of a text; the three fields share the English analyzer. */
    private static Set<String> terms(String text, Analyzer analyzer, int limit) {
        return new LinkedHashSet<>(words(text, analyzer, limit));
    }

    private static List<String> words(String text, Analyzer analyzer, int distinctLimit) {
        List<String> words = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(ChunkFields.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                if (distinct.add(word) && distinct.size() > distinctLimit) {
                    break;
                }
                words.add(word);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
