package dev.lectern.retrieval.pgvector;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.lectern.documents.DocumentId;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.ChunkIndexContract;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.retrieval.IndexedChunk;
import dev.lectern.support.PostgresTestDatabase;
import dev.lectern.workspaces.WorkspaceId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chunk index contract against the pgvector adapter on a real PostgreSQL (see {@link PostgresTestDatabase}),
 * with the schema of the server-mode Flyway migrations. The database is shared: each test removes the chunks
 * of its own workspaces afterwards.
 */
class PgVectorChunkIndexIT extends ChunkIndexContract {

    /** A database of its own: the shared one may hold migrations of other branches. */
    private static final PostgresTestDatabase.Coordinates DATABASE =
            PostgresTestDatabase.scratch("retrieval_pgvector_it");

    private static HikariDataSource dataSource;
    private static JdbcTemplate jdbc;
    private static TransactionTemplate transaction;

    @BeforeAll
    static void migrate() {
        PostgresTestDatabase.Coordinates db = DATABASE;
        dataSource = PostgresTestDatabase.migrated(db, 4);
        jdbc = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @AfterAll
    static void closeDataSource() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    @Override
    protected ChunkIndex createIndex() {
        return new PgVectorChunkIndex(jdbc, transaction);
    }

    @AfterEach
    void removeChunksOfThisTest() {
        for (WorkspaceId workspace : workspacesUsed()) {
            index.deleteWorkspace(workspace);
        }
    }

    /** One document of the workspace with this many chunks, random vectors. */
    private void indexRandomChunks(WorkspaceId workspace, int count) {
        DocumentId document = DocumentId.random();
        index.replaceDocument(
                document,
                IntStream.range(0, count)
                        .mapToObj(ordinal -> indexed(workspace, document, ordinal, randomUnitVector()))
                        .toList());
    }

    @Test
    void settlingAfterABulkLoadVacuumsAndAnalysesTheChunkTables() {
        WorkspaceId workspace = newWorkspace();
        indexRandomChunks(workspace, 5);
        String lastRuns = "select count(*) from pg_stat_user_tables where relname in"
                + " ('retrieval_chunks', 'retrieval_term_stats') and last_vacuum >= ?::timestamptz"
                + " and last_analyze >= ?::timestamptz";
        String before = jdbc.queryForObject("select clock_timestamp()::text", String.class);

        index.settle();

        // the statistics collector reports with a delay of its own: wait for it, briefly
        long deadline = System.nanoTime() + 5_000_000_000L;
        Integer settled = 0;
        while (settled < 2 && System.nanoTime() < deadline) {
            jdbc.execute("select pg_stat_clear_snapshot()");
            settled = jdbc.queryForObject(lastRuns, Integer.class, before, before);
        }
        assertThat(settled)
                .as("both tables vacuumed and analysed since the load")
                .isEqualTo(2);
        assertThat(index.nearest(workspace, randomUnitVector(), 5)).hasSize(5);
    }

    @Test
    void theHnswIndexCanServeAFilteredSearch() {
        WorkspaceId workspace = newWorkspace();
        indexRandomChunks(workspace, 20);

        String plan = transaction.execute(status -> {
            // on a small table the workspace b-tree plus a sort is cheaper: take those away from the planner
            jdbc.execute("set local enable_seqscan = off");
            jdbc.execute("set local enable_sort = off");
            return explainNearest(jdbc, workspace, randomUnitVector());
        });

        assertThat(plan)
                .contains("Index Scan using retrieval_chunks_embedding_hnsw")
                .contains("Filter: (workspace_id = ");
    }

    @Test
    void filtersByWorkspaceWhenTheSearchWalksTheHnswGraph() {
        WorkspaceId workspaceA = newWorkspace();
        WorkspaceId workspaceB = newWorkspace();
        float[] query = randomUnitVector();
        DocumentId documentA = DocumentId.random();
        List<IndexedChunk> chunksOfA = IntStream.range(0, 5)
                .mapToObj(ordinal -> indexed(workspaceA, documentA, ordinal, atCosine(query, 0.2 + 0.1 * ordinal)))
                .toList();
        index.replaceDocument(documentA, chunksOfA);
        // more chunks closer to the query than any of A than one pass of the graph (ef_search 40) visits
        DocumentId documentB = DocumentId.random();
        index.replaceDocument(
                documentB,
                IntStream.range(0, 300)
                        .mapToObj(ordinal -> indexed(
                                workspaceB, documentB, ordinal, atCosine(query, 0.9 + 0.09 * random.nextDouble())))
                        .toList());

        PostgresTestDatabase.Coordinates db = DATABASE;
        var connection = new SingleConnectionDataSource(db.url(), db.username(), db.password(), true);
        try {
            var forcedJdbc = new JdbcTemplate(connection);
            forcedJdbc.execute("set enable_seqscan = off");
            forcedJdbc.execute("set enable_sort = off");
            var forcedIndex = new PgVectorChunkIndex(
                    forcedJdbc, new TransactionTemplate(new DataSourceTransactionManager(connection)));

            assertThat(explainNearest(forcedJdbc, workspaceA, query)).contains("retrieval_chunks_embedding_hnsw");
            List<ChunkMatch> matches = forcedIndex.nearest(workspaceA, query, 5);

            assertThat(matches)
                    .extracting(ChunkMatch::chunkId)
                    .containsExactlyElementsOf(chunksOfA.reversed().stream()
                            .map(c -> c.chunk().id())
                            .toList());
            // without the iterative scan the graph yields its 40 nearest, all of B, and the filter leaves nothing
            Integer withoutIterativeScan = new TransactionTemplate(new DataSourceTransactionManager(connection))
                    .execute(status -> {
                        forcedJdbc.execute("set local hnsw.iterative_scan = off");
                        String vector = PgVectorChunkIndex.vectorLiteral(query);
                        return forcedJdbc.queryForObject(
                                "select count(*) from (select id from retrieval_chunks where workspace_id = ?"
                                        + " order by embedding <=> ?::vector limit 5) found",
                                Integer.class,
                                workspaceA.value(),
                                vector);
                    });
            assertThat(withoutIterativeScan).isLessThan(5);
        } finally {
            connection.destroy();
        }
    }

    @Test
    void keywordRankingWeighsARareWordAboveAFrequentOneRepeated() {
        WorkspaceId workspace = newWorkspace();
        DocumentId document = DocumentId.random();
        List<IndexedChunk> chunks = new java.util.ArrayList<>();
        for (int ordinal = 0; ordinal < 20; ordinal++) {
            chunks.add(indexed(workspace, document, ordinal, "Shipping notes, batch " + ordinal, randomUnitVector()));
        }
        chunks.add(indexed(workspace, document, 20, "Shipping shipping shipping delays.", randomUnitVector()));
        chunks.add(indexed(workspace, document, 21, "Customs paperwork for shipping.", randomUnitVector()));
        index.replaceDocument(document, chunks);

        List<ChunkMatch> found = index.keyword(workspace, "shipping customs", 3);

        // ts_rank put the triple "shipping" first; BM25 knows "shipping" is in every chunk and "customs" in one
        assertThat(found.getFirst().text()).isEqualTo("Customs paperwork for shipping.");
        assertThat(found.get(1).text()).isEqualTo("Shipping shipping shipping delays.");
    }

    @Test
    void termStatisticsFollowEveryReplacementAndDeletion() {
        WorkspaceId workspace = newWorkspace();
        DocumentId kept = DocumentId.random();
        DocumentId replaced = DocumentId.random();
        DocumentId deleted = DocumentId.random();
        index.replaceDocument(kept, List.of(indexed(workspace, kept, 0, "Alpha beta gamma.", randomUnitVector())));
        index.replaceDocument(
                replaced, List.of(indexed(workspace, replaced, 0, "Beta delta epsilon.", randomUnitVector())));
        index.replaceDocument(deleted, List.of(indexed(workspace, deleted, 0, "Gamma zeta.", randomUnitVector())));
        index.replaceDocuments(java.util.Map.of(
                replaced,
                List.of(
                        indexed(workspace, replaced, 0, "Delta eta.", randomUnitVector()),
                        indexed(workspace, replaced, 1, "Theta beta.", randomUnitVector()))));
        index.deleteDocument(deleted);

        String recount = "select lexeme, count(*)::integer as chunks from retrieval_chunks, unnest(search_words)"
                + " where workspace_id = ? group by lexeme"
                + " union all select '', count(*)::integer from retrieval_chunks where workspace_id = ? order by 1";
        String stored =
                "select lexeme, chunks from retrieval_term_stats where workspace_id = ? and chunks > 0 order by 1";
        assertThat(jdbc.queryForList(stored, workspace.value()))
                .isEqualTo(jdbc.queryForList(recount, workspace.value(), workspace.value()))
                .hasSizeGreaterThan(5);
        Long words = jdbc.queryForObject(
                "select words from retrieval_term_stats where workspace_id = ? and lexeme = ''",
                Long.class,
                workspace.value());
        assertThat(words)
                .isEqualTo(jdbc.queryForObject(
                        "select sum(length(search_words)) from retrieval_chunks where workspace_id = ?",
                        Long.class,
                        workspace.value()));

        index.deleteWorkspace(workspace);
        assertThat(jdbc.queryForObject(
                        "select count(*) from retrieval_term_stats where workspace_id = ?",
                        Integer.class,
                        workspace.value()))
                .isZero();
    }

    /** The plan of the adapter's search query. */
    private static String explainNearest(JdbcTemplate jdbc, WorkspaceId workspace, float[] query) {
        String vector = PgVectorChunkIndex.vectorLiteral(query);
        return String.join(
                "\n",
                jdbc.queryForList(
                        "explain select id, document_id, document_name, ordinal, text, heading_path, start_offset,"
                                + " end_offset, 1 - (embedding <=> ?::vector) as score from retrieval_chunks"
                                + " where workspace_id = ? order by embedding <=> ?::vector limit ?",
                        String.class,
                        vector,
                        workspace.value(),
                        vector,
                        5));
    }
}
