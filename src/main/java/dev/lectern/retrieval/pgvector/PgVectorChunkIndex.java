package dev.lectern.retrieval.pgvector;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.Chunk;
import dev.lectern.ingestion.parsing.Location;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.IndexedChunk;
import dev.lectern.retrieval.KeywordFeedback;
import dev.lectern.retrieval.SearchFilter;
import dev.lectern.workspaces.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The server chunk index: a PostgreSQL table with a pgvector HNSW index (cosine), in the application's
 * database, so that every replica sees the same chunks.
 */
public class PgVectorChunkIndex implements ChunkIndex {

    private static final String COLUMNS = "id, document_id, document_name, ordinal, text, heading_path, start_offset,"
            + " end_offset, location_kind, location_number, location_label";

    /** BM25 term-frequency saturation and length normalisation; Anserini's values for BEIR. */
    static final double BM25_K1 = 0.9;

    static final double BM25_B = 0.4;

    /** Workspaces up to this size are searched exactly: reading them is quicker than walking the graph. */
    static final int EXACT_SEARCH_CHUNKS = 1_000;

    static final int MIN_EF_SEARCH = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TermStatistics statistics;

    public PgVectorChunkIndex(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.statistics = new TermStatistics(jdbc);
    }

    @Override
    public void replaceDocument(DocumentId documentId, List<IndexedChunk> chunks) {
        replaceDocuments(Map.of(documentId, chunks));
    }

    @Override
    public void replaceDocuments(Map<DocumentId, List<IndexedChunk>> chunksByDocument) {
        // one transaction, one commit; the statistics once for the batch: per document, a bulk load of 200,000
        // chunks upserted the counts of common words hundreds of thousands of times
        transaction.executeWithoutResult(status -> {
            statistics.subtract(chunksByDocument.keySet());
            chunksByDocument.forEach(this::write);
            statistics.add(chunksByDocument.keySet());
        });
    }

    /** Replaces the document's rows; the caller holds the transaction and updates the statistics. */
    private void write(DocumentId documentId, List<IndexedChunk> chunks) {
        jdbc.update("delete from retrieval_chunks where document_id = ?", documentId.value());
        jdbc.batchUpdate(
                "insert into retrieval_chunks (" + COLUMNS
                        + ", workspace_id, embedding, media_type, tags, document_created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::vector, ?, ?::text[], ?)",
                chunks,
                500,
                (ps, indexed) -> {
                    Chunk chunk = indexed.chunk();
                    ps.setObject(1, chunk.id());
                    ps.setObject(2, chunk.documentId().value());
                    ps.setString(3, chunk.documentName());
                    ps.setInt(4, chunk.ordinal());
                    ps.setString(5, chunk.text());
                    ps.setString(6, chunk.headingPath());
                    ps.setInt(7, chunk.startOffset());
                    ps.setInt(8, chunk.endOffset());
                    ps.setString(9, chunk.location().kind().name());
                    ps.setInt(10, chunk.location().number());
                    ps.setString(11, chunk.location().label());
                    ps.setObject(12, chunk.workspaceId().value());
                    ps.setString(13, vectorLiteral(indexed.embedding()));
                    ps.setString(14, indexed.facets().mediaType());
                    ps.setObject(15, indexed.facets().tags().toArray(String[]::new));
                    ps.setObject(16, PgFilters.timestamp(indexed.facets().createdAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                });
    }

    /**
     * What autovacuum does within a minute of a bulk load. Measured at once instead, SciFact's first keyword
     * queries took 45 ms instead of 11 and hybrid p95 swung from 48 to 160 ms between identical runs (planner
     * statistics from before the load; hint bits and the visibility map not yet set). VACUUM cannot run inside a
     * transaction: these statements run on their own, in autocommit.
     */
    @Override
    public void settle() {
        jdbc.execute("vacuum analyze retrieval_chunks");
        jdbc.execute("vacuum analyze retrieval_term_stats");
    }

    @Override
    public void deleteWorkspace(WorkspaceId workspaceId) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from retrieval_chunks where workspace_id = ?", workspaceId.value());
            statistics.deleteWorkspace(workspaceId);
        });
    }

    @Override
    public void deleteDocument(DocumentId documentId) {
        transaction.executeWithoutResult(status -> {
            statistics.subtract(List.of(documentId));
            jdbc.update("delete from retrieval_chunks where document_id = ?", documentId.value());
        });
    }

    @Override
    public List<ChunkMatch> nearest(SearchFilter filter, float[] queryVector, int k) {
        String vector = vectorLiteral(queryVector);
        PgFilters where = PgFilters.of(filter);
        return transaction.execute(status -> {
            // The planner prices a distance like an addition and so preferred reading every chunk of the
            // workspace and sorting them (5,000 chunks: 90-250 ms, the HNSW index scan 16-20 ms, on a busy
            // 2-core machine). Without a sort it must take the ordered index scan; a small workspace is still
            // searched exactly. pgvector 0.8's iterative scan keeps walking the graph until k rows pass the
            // filter; ef_search (at most 1000) is the beam, see ScaleBenchmark for its recall.
            boolean graph = statistics.chunks(filter.workspaceId()) > EXACT_SEARCH_CHUNKS;
            jdbc.queryForList(
                    "select set_config('hnsw.iterative_scan', 'strict_order', true),"
                            + " set_config('hnsw.ef_search', ?, true), set_config('enable_sort', ?, true),"
                            + " set_config('jit', 'off', true)",
                    String.valueOf(Math.min(1000, Math.max(MIN_EF_SEARCH, k * 2))),
                    graph ? "off" : "on");
            String sql = "select " + COLUMNS + ", 1 - (embedding <=> ?::vector) as score from retrieval_chunks"
                    + " where " + where.where() + " order by embedding <=> ?::vector limit ?";
            List<ChunkMatch> found =
                    jdbc.query(sql, PgVectorChunkIndex::toMatch, where.around(List.of(vector), vector, k));
            if (found.size() < k && where.narrowsWorkspace()) {
                // the iterative scan gives up after hnsw.max_scan_tuples rows; a filter that admits so few chunks
                // is searched exactly: the HNSW index cannot order by the distance plus 0, whatever the planner
                jdbc.queryForList("select set_config('enable_sort', 'on', true)");
                String exact =
                        sql.replace("order by embedding <=> ?::vector", "order by (embedding <=> ?::vector) + 0");
                found = jdbc.query(exact, PgVectorChunkIndex::toMatch, where.around(List.of(vector), vector, k));
            }
            return found;
        });
    }

    @Override
    public List<ChunkMatch> keyword(SearchFilter filter, String query, int k) {
        PgFilters where = PgFilters.of(filter);
        // BM25, as Lucene scores: ts_rank ignores how rare a word is (SciFact nDCG@10 0.585 against 0.67).
        // Passage, breadcrumb and file name count as one field, like Anserini's title+text runs.
        return scored(where, statistics.weigh(filter.workspaceId(), withoutNul(query)), k, List.of());
    }

    @Override
    public List<ChunkMatch> keyword(SearchFilter filter, String query, KeywordFeedback feedback, int k) {
        if (feedback.isEmpty()) {
            return keyword(filter, query, k);
        }
        TermStatistics.Weights weights = statistics.weigh(filter.workspaceId(), withoutNul(query), feedback);
        return scored(PgFilters.of(filter), weights, k, feedback.firstRanking());
    }

    /**
     * The k best chunks the filter admits by BM25 over the weighed words. Given the first ranking of a feedback
     * search, only its chunks and those holding an added word are scored (see {@link KeywordFeedback}): reading
     * and scoring the candidates is what a keyword search costs, and on SciFact the feedback pass's scoring
     * statement went from 17 to 8 ms (median) with this and {@link KeywordFeedback#ADDED_CANDIDATES}.
     */
    private List<ChunkMatch> scored(PgFilters where, TermStatistics.Weights weights, int k, List<UUID> firstRanking) {
        if (weights == null) {
            return List.of(); // no word of the query is in any chunk of the workspace
        }
        boolean rescoring = !firstRanking.isEmpty();
        String matching = "select c.id, c.search_words from retrieval_chunks c where " + where.where()
                + " and c.search_words @@ ?::tsquery";
        String candidates;
        if (!rescoring) {
            candidates = matching + " limit " + TermStatistics.MAX_CANDIDATES;
        } else {
            String ranked =
                    "select c.id, c.search_words from retrieval_chunks c where " + where.where() + " and c.id = any(?)";
            candidates = weights.addedMatch().isEmpty()
                    ? ranked
                    : ranked + " union all (" + matching + " and c.id <> all(?) limit " + TermStatistics.MAX_CANDIDATES
                            + ")";
        }
        UUID[] ranking = firstRanking.toArray(UUID[]::new);
        // tf of the query words only: mark them with weight A, keep A (cheaper than unnesting every word)
        return jdbc.query(
                "with terms as (select * from unnest(?::text[], ?::float8[]) as t(lexeme, idf)),"
                        + " candidates as (" + candidates + "),"
                        + " scored as (select c.id, sum(t.idf * w.tf * " + (BM25_K1 + 1) + " / (w.tf + " + BM25_K1
                        + "   * (" + (1 - BM25_B) + " + " + BM25_B + " * length(c.search_words) / ?))) as score"
                        + "   from candidates c cross join lateral (select lexeme, array_length(positions, 1) as tf"
                        + "   from unnest(ts_filter(setweight(setweight(c.search_words, 'D'), 'A', ?::text[]), '{a}'))) w"
                        + "   join terms t using (lexeme) group by c.id order by score desc, c.id limit ?)"
                        + " select " + COLUMNS + ", scored.score from scored join retrieval_chunks using (id)"
                        + " order by scored.score desc, id",
                ps -> {
                    var lexemes = ps.getConnection().createArrayOf("text", weights.lexemes());
                    int next = 1;
                    ps.setArray(next++, lexemes);
                    ps.setArray(next++, ps.getConnection().createArrayOf("float8", weights.idf()));
                    for (Object parameter : where.parameters()) {
                        ps.setObject(next++, parameter);
                    }
                    if (!rescoring) {
                        ps.setString(next++, weights.match());
                    } else {
                        var ids = ps.getConnection().createArrayOf("uuid", ranking);
                        ps.setArray(next++, ids);
                        if (!weights.addedMatch().isEmpty()) {
                            for (Object parameter : where.parameters()) {
                                ps.setObject(next++, parameter);
                            }
                            ps.setString(next++, weights.addedMatch());
                            ps.setArray(next++, ids);
                        }
                    }
                    ps.setDouble(next++, weights.averageLength());
                    ps.setArray(next++, lexemes);
                    ps.setInt(next, k);
                },
                PgVectorChunkIndex::toMatch);
    }

    @Override
    public List<ChunkMatch> chunksOf(DocumentId documentId) {
        return jdbc.query(
                "select " + COLUMNS + ", 0 as score from retrieval_chunks where document_id = ? order by ordinal",
                PgVectorChunkIndex::toMatch,
                documentId.value());
    }

    /** PostgreSQL text cannot hold the NUL character: the driver would fail on it. */
    private static String withoutNul(String text) {
        return text.replace('\0', ' ');
    }

    @Override
    public void updateTags(DocumentId documentId, List<String> tags) {
        jdbc.update(
                "update retrieval_chunks set tags = ?::text[] where document_id = ?",
                tags.toArray(String[]::new),
                documentId.value());
    }

    @Override
    public Map<UUID, float[]> embeddings(Collection<UUID> chunkIds) {
        Map<UUID, float[]> vectors = new HashMap<>();
        jdbc.query(
                "select id, embedding::text as embedding from retrieval_chunks where id = any(?)",
                rs -> {
                    vectors.put(rs.getObject("id", UUID.class), parseVector(rs.getString("embedding")));
                },
                (Object) chunkIds.toArray(UUID[]::new));
        return vectors;
    }

    @Override
    public List<ChunkMatch> chunksBetween(DocumentId documentId, int first, int last) {
        return jdbc.query(
                "select " + COLUMNS + ", 0 as score from retrieval_chunks"
                        + " where document_id = ? and ordinal between ? and ? order by ordinal",
                PgVectorChunkIndex::toMatch,
                documentId.value(),
                first,
                last);
    }

    @Override
    public int countChunks(DocumentId documentId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from retrieval_chunks where document_id = ?", Integer.class, documentId.value());
        return count == null ? 0 : count;
    }

    private static ChunkMatch toMatch(ResultSet rs, int row) throws SQLException {
        return new ChunkMatch(
                rs.getObject("id", UUID.class),
                new DocumentId(rs.getObject("document_id", UUID.class)),
                rs.getString("document_name"),
                rs.getInt("ordinal"),
                rs.getString("text"),
                rs.getString("heading_path"),
                rs.getInt("start_offset"),
                rs.getInt("end_offset"),
                new Location(
                        Location.Kind.valueOf(rs.getString("location_kind")),
                        rs.getInt("location_number"),
                        rs.getString("location_label")),
                rs.getDouble("score"));
    }

    /** Reads pgvector's text form, {@code [0.1,0.2,...]}. */
    static float[] parseVector(String literal) {
        String[] parts = literal.substring(1, literal.length() - 1).split(",");
        float[] vector = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            vector[i] = Float.parseFloat(parts[i]);
        }
        return vector;
    }

    static String vectorLiteral(float[] vector) {
        StringBuilder literal = new StringBuilder(vector.length * 12).append('[');
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append(vector[i]);
        }
        return literal.append(']').toString();
    }
}
