package dev.lectern.ingestion.jobs;

import dev.lectern.documents.DocumentId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable job queue in the application's database. A job is QUEUED, RUNNING under a lease, then DONE,
 * FAILED or CANCELLED. Claims use {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2), so concurrent workers,
 * in this process or in other replicas, never take the same job; a worker that dies loses its lease and the
 * job is claimed again.
 */
public class IngestionJobs {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public IngestionJobs(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Queues the document, replacing any job for it that has not started: re-queuing coalesces. */
    public void enqueue(DocumentId documentId, int maxAttempts) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "update ingestion_jobs set state = 'CANCELLED', updated_at = ? where document_id = ? and state = 'QUEUED'",
                now,
                documentId.value());
        jdbc.update(
                "insert into ingestion_jobs (id, document_id, state, attempts, max_attempts, run_after, created_at,"
                        + " updated_at) values (?, ?, 'QUEUED', 0, ?, ?, ?, ?)",
                UUID.randomUUID(),
                documentId.value(),
                maxAttempts,
                now,
                now,
                now);
    }

    /**
     * Claims the oldest job that is due, or one whose worker's lease ran out. A job whose lease ran out on its
     * last attempt is returned too, so that the caller can fail it: a document that kills its worker every
     * time must not be retried for ever.
     */
    public Optional<IngestionJob> claim(String worker, Duration lease) {
        return transaction.execute(status -> {
            Timestamp now = Timestamp.from(Instant.now());
            List<IngestionJob> due = jdbc.query(
                    "select id, document_id, attempts, max_attempts from ingestion_jobs"
                            + " where (state = 'QUEUED' and run_after <= ?) or (state = 'RUNNING' and locked_until < ?)"
                            + " order by created_at limit 1 for update skip locked",
                    (rs, row) -> new IngestionJob(
                            rs.getObject("id", UUID.class),
                            new DocumentId(rs.getObject("document_id", UUID.class)),
                            rs.getInt("attempts") + 1,
                            rs.getInt("max_attempts")),
                    now,
                    now);
            if (due.isEmpty()) {
                return Optional.empty();
            }
            IngestionJob job = due.getFirst();
            jdbc.update(
                    "update ingestion_jobs set state = 'RUNNING', attempts = ?, locked_by = ?, locked_until = ?,"
                            + " updated_at = ? where id = ?",
                    job.attempts(),
                    worker,
                    Timestamp.from(now.toInstant().plus(lease)),
                    now,
                    job.id());
            return Optional.of(job);
        });
    }

    /** Extends the lease of a job its worker is still busy with; false if the job was taken away. */
    public boolean heartbeat(IngestionJob job, String worker, Duration lease) {
        return jdbc.update(
                        "update ingestion_jobs set locked_until = ? where id = ? and locked_by = ? and state = 'RUNNING'",
                        Timestamp.from(Instant.now().plus(lease)),
                        job.id(),
                        worker)
                == 1;
    }

    public void done(IngestionJob job) {
        finish(job, "DONE", null);
    }

    public void failed(IngestionJob job, String reason) {
        finish(job, "FAILED", reason);
    }

    /** Puts the job back in the queue to run again after the delay. */
    public void retryLater(IngestionJob job, Duration delay, String reason) {
        Instant now = Instant.now();
        jdbc.update(
                "update ingestion_jobs set state = 'QUEUED', run_after = ?, locked_by = null, locked_until = null,"
                        + " last_error = ?, updated_at = ? where id = ?",
                Timestamp.from(now.plus(delay)),
                clip(reason),
                Timestamp.from(now),
                job.id());
    }

    /** Gives a job back to the queue untouched, as at shutdown: the interrupted try does not count. */
    public void handBack(IngestionJob job) {
        jdbc.update(
                "update ingestion_jobs set state = 'QUEUED', attempts = ?, locked_by = null, locked_until = null,"
                        + " updated_at = ? where id = ? and state = 'RUNNING'",
                job.attempts() - 1,
                Timestamp.from(Instant.now()),
                job.id());
    }

    /** Stops the document's pending work: queued jobs are cancelled, a running one finds out at its next step. */
    public void cancel(DocumentId documentId) {
        jdbc.update(
                "update ingestion_jobs set state = 'CANCELLED', updated_at = ? where document_id = ?"
                        + " and state in ('QUEUED', 'RUNNING')",
                Timestamp.from(Instant.now()),
                documentId.value());
    }

    /** Takes back every running job at once: after a restart of the only process using this database. */
    public int releaseAll() {
        return jdbc.update(
                "update ingestion_jobs set state = 'QUEUED', locked_by = null, locked_until = null, updated_at = ?"
                        + " where state = 'RUNNING'",
                Timestamp.from(Instant.now()));
    }

    /** Whether the job is still the worker's to finish (not cancelled, not taken over). */
    public boolean stillOwned(IngestionJob job, String worker) {
        Integer owned = jdbc.queryForObject(
                "select count(*) from ingestion_jobs where id = ? and state = 'RUNNING' and locked_by = ?",
                Integer.class,
                job.id(),
                worker);
        return owned != null && owned == 1;
    }

    /** Jobs waiting or running, for metrics and the admin view. */
    public int pending() {
        Integer count = jdbc.queryForObject(
                "select count(*) from ingestion_jobs where state in ('QUEUED', 'RUNNING')", Integer.class);
        return count == null ? 0 : count;
    }

    /** One page of jobs, newest first, optionally of one state: what an administrator looks at. */
    public List<JobSummary> page(String state, int page, int size) {
        long offset = (long) page * size;
        return state == null
                ? jdbc.query(
                        SUMMARY + " order by created_at desc, id limit ? offset ?",
                        IngestionJobs::summary,
                        size,
                        offset)
                : jdbc.query(
                        SUMMARY + " where state = ? order by created_at desc, id limit ? offset ?",
                        IngestionJobs::summary,
                        state,
                        size,
                        offset);
    }

    /** Jobs in total, or of one state. */
    public long total(String state) {
        Long count = state == null
                ? jdbc.queryForObject("select count(*) from ingestion_jobs", Long.class)
                : jdbc.queryForObject("select count(*) from ingestion_jobs where state = ?", Long.class, state);
        return count == null ? 0 : count;
    }

    public Optional<JobSummary> find(UUID id) {
        return jdbc.query(SUMMARY + " where id = ?", IngestionJobs::summary, id).stream()
                .findFirst();
    }

    private static final String SUMMARY =
            "select id, document_id, state, attempts, max_attempts, last_error, created_at, updated_at from ingestion_jobs";

    private static JobSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new JobSummary(
                rs.getObject("id", UUID.class),
                new DocumentId(rs.getObject("document_id", UUID.class)),
                rs.getString("state"),
                rs.getInt("attempts"),
                rs.getInt("max_attempts"),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** Jobs in one state (QUEUED, RUNNING, ...), for the queue-depth metric. */
    public int count(String state) {
        Integer count =
                jdbc.queryForObject("select count(*) from ingestion_jobs where state = ?", Integer.class, state);
        return count == null ? 0 : count;
    }

    private void finish(IngestionJob job, String state, String reason) {
        jdbc.update(
                "update ingestion_jobs set state = ?, locked_by = null, locked_until = null, last_error = ?,"
                        + " updated_at = ? where id = ? and state = 'RUNNING'",
                state,
                clip(reason),
                Timestamp.from(Instant.now()),
                job.id());
    }

    private static String clip(String reason) {
        return reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    }
}
