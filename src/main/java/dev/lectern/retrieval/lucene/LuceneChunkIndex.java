package dev.lectern.retrieval.lucene;

import dev.lectern.documents.DocumentId;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.IndexedChunk;
import dev.lectern.retrieval.KeywordFeedback;
import dev.lectern.retrieval.RetrievalSettings.VectorQuantization;
import dev.lectern.retrieval.SearchFilter;
import dev.lectern.workspaces.WorkspaceId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleUnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded chunk index: a Lucene index on local disk with an HNSW graph over the embeddings.
 *
 * <p>Every write is committed before it returns, so an acknowledged chunk survives a crash. Writes are
 * serialised, because re-tagging reads a document's chunks and writes them back: a replacement in between
 * would be undone.
 */
public class LuceneChunkIndex implements ChunkIndex, AutoCloseable {

    static final int MIN_BEAM = 100;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean rebuiltOnOpen;
    private final AtomicLong writes = new AtomicLong();
    private final Object commitLock = new Object();
    private long committed; // guarded by commitLock

    public LuceneChunkIndex(Path path) {
        this(path, VectorQuantization.NONE);
    }

    /** An index whose vectors are stored as given or int8-quantized; segments already written keep theirs. */
    public LuceneChunkIndex(Path path, VectorQuantization quantization) {
        try {
            this.directory = FSDirectory.open(path);
            this.writer =
                    new IndexWriter(directory, new IndexWriterConfig(analyzer).setCodec(VectorCodec.of(quantization)));
            this.rebuiltOnOpen = dropIfOlderSchema(writer);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the Lucene index at " + path, e);
        }
    }

    /**
     * Chunks indexed before ordinals got doc values (for filters and neighbours) cannot live beside new ones:
     * Lucene refuses a field whose doc values type changes, so every new document would fail. They are
     * dropped; the caller re-ingests the documents from their stored files (see {@link #rebuiltOnOpen()}).
     */
    private static boolean dropIfOlderSchema(IndexWriter writer) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            FieldInfo ordinal = FieldInfos.getMergedFieldInfos(reader).fieldInfo(ChunkFields.ORDINAL);
            if (ordinal == null || ordinal.getDocValuesType() != DocValuesType.NONE) {
                return false;
            }
        }
        writer.deleteAll();
        writer.commit();
        return true;
    }

    /** Whether opening dropped an index of an older layout, so that every document must be indexed again. */
    public boolean rebuiltOnOpen() {
        return rebuiltOnOpen;
    }

    @Override
    public synchronized void replaceDocument(DocumentId documentId, List<IndexedChunk> chunks) {
        Term document = new Term(ChunkFields.DOCUMENT_ID, documentId.toString());
        try {
            if (chunks.isEmpty()) {
                writer.deleteDocuments(document); // updateDocuments with no documents leaks RAM accounting
            } else {
                // updateDocuments deletes and adds in one step: no reader sees a half-replaced document
                writer.updateDocuments(
                        document, chunks.stream().map(ChunkFields::toDocument).toList());
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void replaceDocuments(Map<DocumentId, List<IndexedChunk>> chunksByDocument) {
        try {
            for (var entry : chunksByDocument.entrySet()) {
                writer.updateDocuments(
                        new Term(ChunkFields.DOCUMENT_ID, entry.getKey().toString()),
                        entry.getValue().stream().map(ChunkFields::toDocument).toList());
            }
            commit(); // one commit for all: a bulk load should not pay a disk sync per document
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void deleteWorkspace(WorkspaceId workspaceId) {
        try {
            writer.deleteDocuments(new Term(ChunkFields.WORKSPACE_ID, workspaceId.toString()));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void deleteDocument(DocumentId documentId) {
        try {
            writer.deleteDocuments(new Term(ChunkFields.DOCUMENT_ID, documentId.toString()));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<ChunkMatch> nearest(SearchFilter filter, float[] queryVector, int k) {
        // Lucene's HNSW search keeps only k candidates; with k = 1 it misses the best match far too often.
        // Like pgvector's ef_search, explore a wider beam and keep the best k.
        int beam = Math.max(k, MIN_BEAM);
        // the filter restricts the graph walk itself, and Lucene searches exactly when it admits few chunks
        var query = new KnnFloatVectorQuery(ChunkFields.VECTOR, queryVector, beam, LuceneFilters.toQuery(filter));
        // Lucene scores cosine as (1 + cos) / 2; report the cosine itself, like pgvector
        return read(searcher -> matches(searcher, query, k, score -> 2.0 * score - 1.0));
    }

    @Override
    public List<ChunkMatch> keyword(SearchFilter filter, String query, int k) {
        Query words = KeywordQuery.parse(query, analyzer);
        return read(searcher -> filtered(searcher, words, filter, k));
    }

    /** The k best chunks the filter admits for the words; none when only stop words or punctuation were typed. */
    private static List<ChunkMatch> filtered(IndexSearcher searcher, Query words, SearchFilter filter, int k)
            throws IOException {
        if (words == null) {
            return List.of();
        }
        Query filtered = new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(LuceneFilters.toQuery(filter), BooleanClause.Occur.FILTER)
                .build();
        return matches(searcher, filtered, k, score -> score);
    }

    @Override
    public List<ChunkMatch> keyword(SearchFilter filter, String query, KeywordFeedback feedback, int k) {
        if (feedback.isEmpty()) {
            return keyword(filter, query, k);
        }
        return read(searcher -> filtered(
                searcher, KeywordQuery.expanded(query, feedback, analyzer, searcher.getIndexReader()), filter, k));
    }

    @Override
    public List<ChunkMatch> chunksOf(DocumentId documentId) {
        TermQuery query = new TermQuery(new Term(ChunkFields.DOCUMENT_ID, documentId.toString()));
        List<ChunkMatch> chunks = new ArrayList<>(
                read(searcher -> matches(searcher, query, Math.max(1, searcher.count(query)), score -> 0)));
        chunks.sort(java.util.Comparator.comparingInt(ChunkMatch::ordinal));
        return chunks;
    }

    @Override
    public synchronized void updateTags(DocumentId documentId, List<String> tags) {
        TermQuery query = new TermQuery(new Term(ChunkFields.DOCUMENT_ID, documentId.toString()));
        List<IndexedChunk> retagged = read(searcher -> {
            List<IndexedChunk> chunks = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                chunks.add(new IndexedChunk(
                        ChunkFields.toChunk(doc),
                        LuceneVectors.of(searcher, hit.doc),
                        LuceneFilters.facets(doc).withTags(tags)));
            }
            return chunks;
        });
        if (!retagged.isEmpty()) {
            replaceDocument(documentId, retagged); // Lucene cannot change an indexed field in place
        }
    }

    @Override
    public Map<UUID, float[]> embeddings(Collection<UUID> chunkIds) {
        var query = new TermInSetQuery(
                ChunkFields.CHUNK_ID,
                chunkIds.stream().map(id -> new BytesRef(id.toString())).toList());
        return read(searcher -> {
            Map<UUID, float[]> vectors = new LinkedHashMap<>();
            for (ScoreDoc hit : searcher.search(query, Math.max(1, chunkIds.size())).scoreDocs) {
                float[] vector = LuceneVectors.of(searcher, hit.doc);
                if (vector != null) {
                    vectors.put(
                            UUID.fromString(
                                    searcher.storedFields().document(hit.doc).get(ChunkFields.CHUNK_ID)),
                            vector);
                }
            }
            return vectors;
        });
    }

    @Override
    public List<ChunkMatch> chunksBetween(DocumentId documentId, int first, int last) {
        Query query = new BooleanQuery.Builder()
                .add(
                        new TermQuery(new Term(ChunkFields.DOCUMENT_ID, documentId.toString())),
                        BooleanClause.Occur.FILTER)
                .add(IntField.newRangeQuery(ChunkFields.ORDINAL, first, last), BooleanClause.Occur.FILTER)
                .build();
        List<ChunkMatch> chunks =
                new ArrayList<>(read(searcher -> matches(searcher, query, Math.max(1, last - first + 1), score -> 0)));
        chunks.sort(java.util.Comparator.comparingInt(ChunkMatch::ordinal));
        return chunks;
    }

    @Override
    public int countChunks(DocumentId documentId) {
        return read(
                searcher -> searcher.count(new TermQuery(new Term(ChunkFields.DOCUMENT_ID, documentId.toString()))));
    }

    /** Work on the current searcher, which is always released again. */
    private <T> T read(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ChunkMatch> matches(IndexSearcher searcher, Query query, int n, DoubleUnaryOperator score)
            throws IOException {
        List<ChunkMatch> matches = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, n).scoreDocs) {
            matches.add(ChunkFields.toMatch(searcher.storedFields().document(hit.doc), score.applyAsDouble(hit.score)));
        }
        return matches;
    }

    /** Something read from a searcher. */
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /**
     * Makes the caller's write durable and visible. Writers that finish while another commit runs share the next
     * one: a commit covers every write counted before it starts, and a caller whose write it covered returns
     * without a disk sync of its own.
     */
    private void commit() throws IOException {
        long mine = writes.incrementAndGet(); // counted after the write, so a commit that sees it includes it
        synchronized (commitLock) {
            if (committed >= mine) {
                return;
            }
            long covered = writes.get();
            writer.commit();
            searchers.maybeRefreshBlocking();
            committed = covered;
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
