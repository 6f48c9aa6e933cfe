package dev.lectern.retrieval.evaluation;

import dev.lectern.retrieval.SearchMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The stored evaluations, in the application's database (H2 or PostgreSQL). */
@Repository
class Evaluations {

    private static final String COLUMNS = "id, name, status, backend, modes, qrels_split, dataset_source, documents,"
            + " queries, documents_indexed, queries_run, failure, created_at, started_at, finished_at";

    private final JdbcTemplate jdbc;

    Evaluations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A run that was left unfinished, with the scratch workspace it may have left in the index. */
    record Unfinished(UUID id, UUID scratchWorkspace) {}

    void insert(Evaluation e, UUID scratchWorkspace, String owner) {
        jdbc.update(
                "insert into retrieval_evaluations (" + COLUMNS + ", scratch_workspace, owner, heartbeat_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, null, ?, null, null, ?, ?, ?)",
                e.id(),
                e.name(),
                e.status().name(),
                e.backend(),
                e.modes().stream().map(Enum::name).collect(Collectors.joining(",")),
                e.split(),
                e.source(),
                timestamp(e.createdAt()),
                scratchWorkspace,
                owner,
                timestamp(e.createdAt()));
    }

    /** Records progress; false when the evaluation was deleted or ended meanwhile, so the run should stop. */
    boolean progress(UUID id, Evaluation.Status status, int documents, int queries, int indexed, int run) {
        return jdbc.update(
                        "update retrieval_evaluations set status = ?, documents = ?, queries = ?,"
                                + " documents_indexed = ?, queries_run = ?,"
                                + " started_at = coalesce(started_at, ?) where id = ? and status in (?, ?, ?)",
                        status.name(),
                        documents,
                        queries,
                        indexed,
                        run,
                        timestamp(Instant.now()),
                        id,
                        "QUEUED",
                        "INDEXING",
                        "SEARCHING")
                == 1;
    }

    @Transactional
    void complete(UUID id, List<RetrievalEvaluation.ModeResult> results) {
        for (int i = 0; i < results.size(); i++) {
            RetrievalEvaluation.ModeResult r = results.get(i);
            jdbc.update(
                    "insert into retrieval_evaluation_results (evaluation_id, mode, ordinal, ndcg10, recall10,"
                            + " recall100, mrr10, p50_ms, p95_ms) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    r.mode().name(),
                    i,
                    r.ndcg10(),
                    r.recall10(),
                    r.recall100(),
                    r.mrr10(),
                    r.p50Millis(),
                    r.p95Millis());
        }
        finish(id, Evaluation.Status.COMPLETED, null);
    }

    void fail(UUID id, String reason) {
        finish(id, Evaluation.Status.FAILED, reason.length() <= 2000 ? reason : reason.substring(0, 2000));
    }

    private void finish(UUID id, Evaluation.Status status, String failure) {
        jdbc.update(
                "update retrieval_evaluations set status = ?, failure = ?, finished_at = ? where id = ?"
                        + " and status in ('QUEUED', 'INDEXING', 'SEARCHING')",
                status.name(),
                failure,
                timestamp(Instant.now()),
                id);
    }

    /** Keeps this process's unfinished evaluations visibly alive for other replicas. */
    void heartbeat(String owner) {
        jdbc.update(
                "update retrieval_evaluations set heartbeat_at = ? where owner = ?"
                        + " and status in ('QUEUED', 'INDEXING', 'SEARCHING')",
                timestamp(Instant.now()),
                owner);
    }

    /** Unfinished evaluations of other processes that have not shown a sign of life since the instant. */
    List<Unfinished> abandoned(String owner, Instant silentSince) {
        return jdbc.query(
                "select id, scratch_workspace from retrieval_evaluations where owner <> ? and heartbeat_at < ?"
                        + " and status in ('QUEUED', 'INDEXING', 'SEARCHING')",
                (rs, row) -> new Unfinished(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                owner,
                timestamp(silentSince));
    }

    /** This process's own unfinished evaluations, at shutdown. */
    List<Unfinished> unfinished(String owner) {
        return jdbc.query(
                "select id, scratch_workspace from retrieval_evaluations where owner = ?"
                        + " and status in ('QUEUED', 'INDEXING', 'SEARCHING')",
                (rs, row) -> new Unfinished(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                owner);
    }

    Optional<Evaluation> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from retrieval_evaluations where id = ?", this::map, id).stream()
                .findFirst();
    }

    /** Newest first. */
    List<Evaluation> page(int page, int size) {
        return jdbc.query(
                "select " + COLUMNS + " from retrieval_evaluations order by created_at desc, id desc"
                        + " limit ? offset ?",
                this::map,
                size,
                (long) page * size);
    }

    long count() {
        Long count = jdbc.queryForObject("select count(*) from retrieval_evaluations", Long.class);
        return count == null ? 0 : count;
    }

    boolean delete(UUID id) {
        return jdbc.update("delete from retrieval_evaluations where id = ?", id) == 1;
    }

    private Evaluation map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Evaluation(
                id,
                rs.getString("name"),
                Evaluation.Status.valueOf(rs.getString("status")),
                rs.getString("backend"),
                Arrays.stream(rs.getString("modes").split(","))
                        .map(SearchMode::valueOf)
                        .toList(),
                rs.getString("qrels_split"),
                rs.getString("dataset_source"),
                rs.getInt("documents"),
                rs.getInt("queries"),
                rs.getInt("documents_indexed"),
                rs.getInt("queries_run"),
                results(id),
                rs.getString("failure"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private List<RetrievalEvaluation.ModeResult> results(UUID id) {
        return jdbc.query(
                "select mode, ndcg10, recall10, recall100, mrr10, p50_ms, p95_ms from retrieval_evaluation_results"
                        + " where evaluation_id = ? order by ordinal",
                (rs, row) -> new RetrievalEvaluation.ModeResult(
                        SearchMode.valueOf(rs.getString("mode").toUpperCase(Locale.ROOT)),
                        rs.getDouble("ndcg10"),
                        rs.getDouble("recall10"),
                        rs.getDouble("recall100"),
                        rs.getDouble("mrr10"),
                        rs.getDouble("p50_ms"),
                        rs.getDouble("p95_ms")),
                id);
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
