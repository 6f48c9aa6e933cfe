package dev.lectern.retrieval.lucene;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.Chunk;
import dev.lectern.ingestion.parsing.Location;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.IndexedChunk;
import dev.lectern.workspaces.WorkspaceId;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;

/**
 * How a chunk is laid out as a Lucene document: the field names every query and filter uses, and the mapping
 * both ways. Kept apart from {@link LuceneChunkIndex}, which is about writing, committing and searching.
 */
final class ChunkFields {

    static final String CHUNK_ID = "chunk_id";
    static final String DOCUMENT_ID = "document_id";
    static final String WORKSPACE_ID = "workspace_id";
    static final String DOCUMENT_NAME = "document_name";
    static final String DOCUMENT_NAME_WORDS = "document_name_words";
    static final String ORDINAL = "ordinal";
    static final String TEXT = "text";
    static final String HEADING_PATH = "heading_path";
    static final String START = "start_offset";
    static final String END = "end_offset";
    static final String VECTOR = "vector";
    static final String LOCATION_KIND = "location_kind";
    static final String LOCATION_NUMBER = "location_number";
    static final String LOCATION_LABEL = "location_label";
    static final String MEDIA_TYPE = "media_type";
    static final String TAG = "tag";
    static final String CREATED_AT = "created_at";

    private ChunkFields() {}

    static Document toDocument(IndexedChunk indexed) {
        Chunk chunk = indexed.chunk();
        Document doc = new Document();
        doc.add(new StringField(CHUNK_ID, chunk.id().toString(), Field.Store.YES));
        doc.add(new StringField(DOCUMENT_ID, chunk.documentId().toString(), Field.Store.YES));
        doc.add(new StringField(WORKSPACE_ID, chunk.workspaceId().toString(), Field.Store.YES));
        doc.add(new StoredField(DOCUMENT_NAME, chunk.documentName()));
        doc.add(new TextField(DOCUMENT_NAME_WORDS, chunk.documentName(), Field.Store.NO));
        doc.add(new IntField(ORDINAL, chunk.ordinal(), Field.Store.YES));
        doc.add(new TextField(TEXT, chunk.text(), Field.Store.YES));
        doc.add(new TextField(HEADING_PATH, chunk.headingPath(), Field.Store.YES));
        doc.add(new StoredField(START, chunk.startOffset()));
        doc.add(new StoredField(END, chunk.endOffset()));
        doc.add(new StoredField(LOCATION_KIND, chunk.location().kind().name()));
        doc.add(new StoredField(LOCATION_NUMBER, chunk.location().number()));
        doc.add(new StoredField(LOCATION_LABEL, chunk.location().label()));
        doc.add(new KnnFloatVectorField(VECTOR, indexed.embedding(), VectorSimilarityFunction.COSINE));
        LuceneFilters.addFacets(doc, indexed.facets());
        return doc;
    }

    /** The chunk as it was written, from its stored fields. */
    static Chunk toChunk(Document doc) {
        ChunkMatch match = toMatch(doc, 0);
        return new Chunk(
                match.documentId(),
                new WorkspaceId(UUID.fromString(doc.get(WORKSPACE_ID))),
                match.documentName(),
                match.ordinal(),
                match.text(),
                match.headingPath(),
                match.startOffset(),
                match.endOffset(),
                match.location());
    }

    static ChunkMatch toMatch(Document doc, double score) {
        return new ChunkMatch(
                UUID.fromString(doc.get(CHUNK_ID)),
                new DocumentId(UUID.fromString(doc.get(DOCUMENT_ID))),
                doc.get(DOCUMENT_NAME),
                doc.getField(ORDINAL).numericValue().intValue(),
                doc.get(TEXT),
                doc.get(HEADING_PATH),
                doc.getField(START).numericValue().intValue(),
                doc.getField(END).numericValue().intValue(),
                location(doc),
                score);
    }

    /** Chunks written before locations were stored have none. */
    private static Location location(Document doc) {
        String kind = doc.get(LOCATION_KIND);
        if (kind == null) {
            return Location.NONE;
        }
        return new Location(
                Location.Kind.valueOf(kind),
                doc.getField(LOCATION_NUMBER).numericValue().intValue(),
                doc.get(LOCATION_LABEL));
    }
}
