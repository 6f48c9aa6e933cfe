package dev.lectern.retrieval.pgvector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.Chunk;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.DocumentFacets;
import dev.lectern.retrieval.IndexedChunk;
import dev.lectern.retrieval.SearchFilter;
import dev.lectern.support.PostgresTestDatabase;
import dev.lectern.workspaces.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A filtered vector search that walks the HNSW graph (the planner is kept from the exact plans) still finds
 * the k chunks the filter admits, thanks to pgvector's iterative index scan: the filter never loses results.
 */
class PgVectorFilteredSearchIT {

    private static SingleConnectionDataSource connection;
    private static JdbcTemplate jdbc;
    private static PgVectorChunkIndex index;
    private final Random random = new Random(42);

    @BeforeAll
    static void connect() {
        PostgresTestDatabase.Coordinates db = PostgresTestDatabase.scratch("filtered_hnsw");
        connection = new SingleConnectionDataSource(db.url(), db.username(), db.password(), true);
        Flyway.configure()
                .dataSource(connection)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(connection);
        jdbc.update("delete from retrieval_chunks"); // a database of its own: start from an empty table
        jdbc.execute("set enable_seqscan = off");
        jdbc.execute("set enable_sort = off");
        jdbc.execute("set enable_bitmapscan = off");
        index = new PgVectorChunkIndex(jdbc, new TransactionTemplate(new DataSourceTransactionManager(connection)));
    }

    @AfterAll
    static void disconnect() {
        if (connection != null) {
            connection.destroy();
        }
    }

    @Test
    void aTagFilterKeepsItsResultsWhileTheSearchWalksTheGraph() {
        WorkspaceId workspace = WorkspaceId.random();
        float[] query = unit(random.doubles(384).map(x -> x - 0.5).toArray());
        DocumentId rare = DocumentId.random();
        var rareFacets = new DocumentFacets("application/pdf", List.of("rare"), Instant.parse("2025-01-01T00:00:00Z"));
        List<IndexedChunk> rareChunks = IntStream.range(0, 5)
                .mapToObj(ordinal -> chunk(workspace, rare, ordinal, near(query, 0.2 + 0.05 * ordinal), rareFacets))
                .toList();
        index.replaceDocument(rare, rareChunks);
        // more nearer chunks in the same workspace than one pass of the graph (ef_search 40) visits
        DocumentId crowd = DocumentId.random();
        var crowdFacets = new DocumentFacets("text/plain", List.of("common"), Instant.parse("2025-03-01T00:00:00Z"));
        index.replaceDocument(
                crowd,
                IntStream.range(0, 400)
                        .mapToObj(ordinal -> chunk(workspace, crowd, ordinal, near(query, 0.9), crowdFacets))
                        .toList());
        SearchFilter filter = SearchFilter.workspace(workspace).withTags(Set.of("rare"));

        assertThat(explain(workspace, query)).contains("retrieval_chunks_embedding_hnsw");
        assertThat(index.nearest(filter, query, 5))
                .extracting(ChunkMatch::ordinal)
                .containsExactly(4, 3, 2, 1, 0);
        // k equal to what the filter admits: an approximate search may rank the far chunks among themselves
        // imperfectly, but must not lose any
        assertThat(index.nearest(filter.withMediaTypes(Set.of("application/pdf")), query, 5))
                .extracting(ChunkMatch::ordinal)
                .containsExactly(4, 3, 2, 1, 0);
    }

    @Test
    void aFilterTooNarrowForTheIterativeScanIsSearchedExactly() {
        WorkspaceId workspace = WorkspaceId.random();
        float[] query = unit(random.doubles(384).map(x -> x - 0.5).toArray());
        DocumentId rare = DocumentId.random();
        var rareFacets = new DocumentFacets("application/pdf", List.of("rare"), null);
        index.replaceDocument(
                rare,
                IntStream.range(0, 3)
                        .mapToObj(ordinal ->
                                chunk(workspace, rare, ordinal, near(query, 0.1 + 0.1 * ordinal), rareFacets))
                        .toList());
        DocumentId crowd = DocumentId.random();
        index.replaceDocument(
                crowd,
                IntStream.range(0, 3_000)
                        .mapToObj(ordinal -> chunk(workspace, crowd, ordinal, near(query, 0.9), DocumentFacets.NONE))
                        .toList());
        // the scan stops after its first pass over the graph, which meets only nearer chunks the filter refuses
        jdbc.execute("set hnsw.max_scan_tuples = 1");
        try {
            assertThat(index.nearest(SearchFilter.workspace(workspace).withTags(Set.of("rare")), query, 5))
                    .extracting(ChunkMatch::ordinal)
                    .containsExactly(2, 1, 0);
        } finally {
            jdbc.execute("reset hnsw.max_scan_tuples");
        }
    }

    private static String explain(WorkspaceId workspace, float[] query) {
        String vector = PgVectorChunkIndex.vectorLiteral(query);
        return String.join(
                "\n",
                jdbc.queryForList(
                        "explain select id from retrieval_chunks where workspace_id = ? and tags && ?::text[]"
                                + " order by embedding <=> ?::vector limit 5",
                        String.class,
                        workspace.value(),
                        new String[] {"rare"},
                        vector));
    }

    private static IndexedChunk chunk(
            WorkspaceId workspace, DocumentId document, int ordinal, float[] vector, DocumentFacets facets) {
        var chunk = new Chunk(document, workspace, "doc.txt", ordinal, "Passage " + ordinal, "", 0, 10);
        return new IndexedChunk(chunk, vector, facets);
    }

    /** A unit vector at roughly this cosine from the unit vector base. */
    private float[] near(float[] base, double cosine) {
        double[] noise = random.doubles(base.length).map(x -> x - 0.5).toArray();
        double dot = 0;
        for (int i = 0; i < base.length; i++) {
            dot += noise[i] * base[i];
        }
        double norm = 0;
        for (int i = 0; i < base.length; i++) {
            noise[i] -= dot * base[i];
            norm += noise[i] * noise[i];
        }
        double sine = Math.sqrt(1 - cosine * cosine);
        double[] v = new double[base.length];
        for (int i = 0; i < base.length; i++) {
            v[i] = cosine * base[i] + sine * noise[i] / Math.sqrt(norm);
        }
        return unit(v);
    }

    private static float[] unit(double[] v) {
        double norm = Math.sqrt(java.util.Arrays.stream(v).map(x -> x * x).sum());
        float[] unit = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            unit[i] = (float) (v[i] / norm);
        }
        return unit;
    }
}
