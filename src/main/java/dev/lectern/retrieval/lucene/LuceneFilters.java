package dev.lectern.retrieval.lucene;

import dev.lectern.documents.DocumentId;
import dev.lectern.retrieval.DocumentFacets;
import dev.lectern.retrieval.SearchFilter;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The fields a chunk is filtered by, and a {@link SearchFilter} as a Lucene query of FILTER clauses over them,
 * for the kNN filter and the keyword query.
 */
final class LuceneFilters {

    private LuceneFilters() {}

    static Query toQuery(SearchFilter filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(
                        new TermQuery(new Term(
                                ChunkFields.WORKSPACE_ID, filter.workspaceId().toString())),
                        BooleanClause.Occur.FILTER);
        if (!filter.documentIds().isEmpty()) {
            List<String> ids =
                    filter.documentIds().stream().map(DocumentId::toString).toList();
            query.add(anyOf(ChunkFields.DOCUMENT_ID, ids), BooleanClause.Occur.FILTER);
        }
        if (!filter.mediaTypes().isEmpty()) {
            query.add(anyOf(ChunkFields.MEDIA_TYPE, filter.mediaTypes()), BooleanClause.Occur.FILTER);
        }
        if (!filter.tags().isEmpty()) {
            query.add(anyOf(ChunkFields.TAG, filter.tags()), BooleanClause.Occur.FILTER);
        }
        if (filter.from() != null || filter.to() != null) {
            long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochMilli();
            long to = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochMilli();
            query.add(LongField.newRangeQuery(ChunkFields.CREATED_AT, from, to), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    static void addFacets(Document doc, DocumentFacets facets) {
        doc.add(new StringField(ChunkFields.MEDIA_TYPE, facets.mediaType(), Field.Store.YES));
        for (String tag : facets.tags()) {
            doc.add(new StringField(ChunkFields.TAG, tag, Field.Store.YES));
        }
        if (facets.createdAt() != null) {
            doc.add(new LongField(ChunkFields.CREATED_AT, facets.createdAt().toEpochMilli(), Field.Store.YES));
        }
    }

    static DocumentFacets facets(Document doc) {
        var created = doc.getField(ChunkFields.CREATED_AT);
        return new DocumentFacets(
                doc.get(ChunkFields.MEDIA_TYPE),
                List.of(doc.getValues(ChunkFields.TAG)),
                created == null
                        ? null
                        : Instant.ofEpochMilli(created.numericValue().longValue()));
    }

    private static Query anyOf(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
