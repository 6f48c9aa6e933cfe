package dev.lectern.retrieval.pgvector;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.Chunk;
import dev.lectern.ingestion.parsing.Location;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.IndexedChunk;
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

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public PgVectorChunkIndex(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void replaceDocument(DocumentId documentId, List<IndexedChunk> chunks) {
        transaction.executeWithoutResult(status -> {
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
                        ps.setObject(
                                16, PgFilters.timestamp(indexed.facets().createdAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                    });
        });
    }

    @Override
    public void deleteWorkspace(WorkspaceId workspaceId) {
        jdbc.update("delete from retrieval_chunks where workspace_id = ?", workspaceId.value());
    }

    @Override
    public void deleteDocument(DocumentId documentId) {
        jdbc.update("delete from retrieval_chunks where document_id = ?", documentId.value());
    }

    @Override
    public List<ChunkMatch> nearest(SearchFilter filter, float[] queryVector, int k) {
        String vector = vectorLiteral(queryVector);
        PgFilters where = PgFilters.of(filter);
        return transaction.execute(status -> {
            // pgvector 0.8: keep scanning the HNSW graph until k rows pass the filter
            jdbc.execute("set local hnsw.iterative_scan = strict_order");
            // pgvector accepts ef_search up to 1000; the iterative scan still delivers all k rows
            jdbc.execute("set local hnsw.ef_search = " + Math.min(1000, Math.max(40, k * 2)));
            String sql = "select " + COLUMNS + ", 1 - (embedding <=> ?::vector) as score from retrieval_chunks"
                    + " where " + where.where() + " order by embedding <=> ?::vector limit ?";
            List<ChunkMatch> found =
                    jdbc.query(sql, PgVectorChunkIndex::toMatch, where.around(List.of(vector), vector, k));
            if (found.size() < k && where.narrowsWorkspace()) {
                // the iterative scan gives up after hnsw.max_scan_tuples rows; a filter that admits so few chunks
                // is searched exactly: the HNSW index cannot order by the distance plus 0, whatever the planner
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
        // websearch_to_tsquery never fails on user input; words are OR-ed like the Lucene adapter does.
        // ts_rank (term frequency, length-normalised), not ts_rank_cd: cover density scores OR-queries poorly
        // (SciFact nDCG@10 0.28 with ts_rank_cd)
        return jdbc.query(
                "with q as (select replace(websearch_to_tsquery('english', ?)::text, ' & ', ' | ')::tsquery as words)"
                        + " select " + COLUMNS + ", ts_rank(search_words, q.words, 1) as score"
                        + " from retrieval_chunks, q where " + where.where() + " and search_words @@ q.words"
                        + " order by score desc, id limit ?",
                PgVectorChunkIndex::toMatch,
                where.around(List.of(withoutNul(query)), k));
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
