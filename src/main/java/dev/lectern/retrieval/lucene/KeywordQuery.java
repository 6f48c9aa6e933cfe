package dev.lectern.retrieval.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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

    private KeywordQuery() {}

    /** The query, or null when the text holds no searchable word. */
    static Query parse(String text, Analyzer analyzer) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
            for (String term : terms(text, field.getKey(), analyzer)) {
                Query clause = new TermQuery(new Term(field.getKey(), term));
                query.add(new BoostQuery(clause, field.getValue()), BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        return any ? query.build() : null;
    }

    private static Set<String> terms(String text, String field, Analyzer analyzer) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
