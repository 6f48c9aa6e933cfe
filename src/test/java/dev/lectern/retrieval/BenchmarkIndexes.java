package dev.lectern.retrieval;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.lectern.retrieval.lucene.LuceneChunkIndex;
import dev.lectern.retrieval.pgvector.PgVectorChunkIndex;
import dev.lectern.support.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Opens the chunk index adapters outside Spring for benchmark programs, and closes what they opened. */
public final class BenchmarkIndexes implements AutoCloseable {

    private final List<AutoCloseable> opened = new ArrayList<>();
    private JdbcTemplate jdbc;
    private ChunkIndex lastOpened;
    private Path luceneFolder;
    private final List<Path> folders = new ArrayList<>();

    /**
     * A fresh Lucene index in a temporary folder ({@code lucene} or {@code lucene-int8}), or the pgvector index
     * in the scratch database {@code name}.
     */
    public ChunkIndex open(String backend, String name) throws IOException {
        return open(backend, name, false);
    }

    /** As {@link #open(String, String)}; with {@code keep} the pgvector database is reused, not recreated. */
    public ChunkIndex open(String backend, String name, boolean keep) throws IOException {
        if (backend.startsWith("lucene")) {
            luceneFolder = Files.createTempDirectory("lectern-bench-");
            folders.add(luceneFolder);
            LuceneChunkIndex index = new LuceneChunkIndex(
                    luceneFolder,
                    backend.endsWith("int8")
                            ? RetrievalSettings.VectorQuantization.INT8
                            : RetrievalSettings.VectorQuantization.NONE);
            opened.add(index);
            lastOpened = index;
            return index;
        }
        luceneFolder = null;
        PostgresTestDatabase.Coordinates db =
                keep ? PostgresTestDatabase.kept(name) : PostgresTestDatabase.scratch(name);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.url());
        config.setUsername(db.username());
        config.setPassword(db.password());
        config.setMaximumPoolSize(2);
        HikariDataSource dataSource = new HikariDataSource(config);
        opened.add(dataSource);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(dataSource);
        lastOpened =
                new PgVectorChunkIndex(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        return lastOpened;
    }

    /** After a bulk load into the last index opened: see {@link ChunkIndex#settle()}. */
    public void settle() {
        if (lastOpened != null) {
            lastOpened.settle();
        }
    }

    /** The JDBC access of the last pgvector index opened, for bulk loads and table sizes. */
    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Chunks of a workspace in the last pgvector index opened. */
    public long chunkCount(dev.lectern.workspaces.WorkspaceId workspace) {
        Long count = jdbc.queryForObject(
                "select count(*) from retrieval_chunks where workspace_id = ?", Long.class, workspace.value());
        return count == null ? 0 : count;
    }

    /** Bytes on disk of the last Lucene index opened, or of the pgvector chunk table with its indexes. */
    public long sizeOnDisk() throws IOException {
        if (luceneFolder == null) {
            Long bytes = jdbc.queryForObject("select pg_total_relation_size('retrieval_chunks')", Long.class);
            return bytes == null ? 0 : bytes;
        }
        try (var files = Files.walk(luceneFolder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    /** The product's search over an index, with the given query embedder and the default settings. */
    public static RankedSearch search(EmbeddingModel embeddings, ChunkIndex index) {
        return search(embeddings, index, defaultFusion(), defaultFeedback());
    }

    /** The fusion settings the product runs with when nothing is configured (the @DefaultValue ones). */
    public static RetrievalSettings.Fusion defaultFusion() {
        return new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("lectern.retrieval.fusion", RetrievalSettings.Fusion.class);
    }

    /** The feedback settings the product runs with when nothing is configured. */
    public static RetrievalSettings.Feedback defaultFeedback() {
        return new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("lectern.retrieval.feedback", RetrievalSettings.Feedback.class);
    }

    /** The product's search over an index, with the given query embedder, fusion and feedback. */
    public static RankedSearch search(
            EmbeddingModel embeddings,
            ChunkIndex index,
            RetrievalSettings.Fusion fusion,
            RetrievalSettings.Feedback feedback) {
        return new RankedSearch(
                embeddings,
                index,
                new RetrievalSettings(
                        RetrievalSettings.IndexKind.LUCENE,
                        null,
                        10,
                        100,
                        RetrievalSettings.BGE_QUERY_INSTRUCTION,
                        new RetrievalSettings.Lucene(RetrievalSettings.VectorQuantization.NONE),
                        fusion,
                        feedback));
    }

    /** The product's cosine similarity, for benchmarks outside the retrieval package. */
    public static double cosine(float[] a, float[] b) {
        return Vectors.cosine(a, b);
    }

    /** Reciprocal rank fusion with a chosen constant and weights. */
    public static List<RankedChunk> fuse(
            List<ChunkMatch> byVector, List<ChunkMatch> byKeyword, int limit, int k, double wv, double wk) {
        return ReciprocalRankFusion.fuse(byVector, byKeyword, limit, k, wv, wk);
    }

    /** The product's dense pseudo-relevance feedback: the query moved toward the feedback vectors. */
    public static float[] feedback(float[] query, List<float[]> feedback, double ratio) {
        return PseudoRelevanceFeedback.moved(query, feedback, ratio);
    }

    /** The vector scaled to length 1. */
    public static float[] unit(float[] vector) {
        return PseudoRelevanceFeedback.unit(vector);
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable closeable : opened.reversed()) {
            closeable.close();
        }
        for (Path folder : folders) { // a 200,000-chunk index is gigabytes of temporary files
            try (var files = Files.walk(folder)) {
                for (Path file :
                        files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
