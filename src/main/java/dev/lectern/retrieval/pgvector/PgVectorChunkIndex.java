package dev.lectern.retrieval.pgvector;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.Chunk;
import dev.lectern.ingestion.parsing.Location;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.IndexedChunk;
import dev.lectern.workspaces.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
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
                    "insert into retrieval_chunks (" + COLUMNS + ", workspace_id, embedding)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::vector)",
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
    public List<ChunkMatch> nearest(WorkspaceId workspaceId, float[] queryVector, int k) {
        String vector = vectorLiteral(queryVector);
        return transaction.execute(status -> {
            // pgvector 0.8: keep scanning the HNSW graph until k rows pass the workspace filter
            jdbc.execute("set local hnsw.iterative_scan = strict_order");
            // pgvector accepts ef_search up to 1000; the iterative scan still delivers all k rows
            jdbc.execute("set local hnsw.ef_search = " + Math.min(1000, Math.max(40, k * 2)));
            return jdbc.query(
                    "select " + COLUMNS + ", 1 - (embedding <=> ?::vector) as score from retrieval_chunks"
                            + " where workspace_id = ? order by embedding <=> ?::vector limit ?",
                    PgVectorChunkIndex::toMatch,
                    vector,
                    workspaceId.value(),
                    vector,
                    k);
        });
    }

    @Override
    public List<ChunkMatch> keyword(WorkspaceId workspaceId, String query, int k) {
        // websearch_to_tsquery never fails on user input; words are OR-ed like the Lucene adapter does.
        // ts_rank (term frequency, length-normalised), not ts_rank_cd: cover density scores OR-queries poorly
        // (SciFact nDCG@10 0.28 with ts_rank_cd)
        return jdbc.query(
                "with q as (select replace(websearch_to_tsquery('english', ?)::text, ' & ', ' | ')::tsquery as words)"
                        + " select " + COLUMNS + ", ts_rank(search_words, q.words, 1) as score"
                        + " from retrieval_chunks, q where workspace_id = ? and search_words @@ q.words"
                        + " order by score desc, id limit ?",
                PgVectorChunkIndex::toMatch,
                query,
                workspaceId.value(),
                k);
    }

    @Override
    public List<ChunkMatch> chunksOf(DocumentId documentId) {
        return jdbc.query(
                "select " + COLUMNS + ", 0 as score from retrieval_chunks where document_id = ? order by ordinal",
                PgVectorChunkIndex::toMatch,
                documentId.value());
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
