package dev.lectern.ingestion.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.documents.DocumentId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The job queue's guarantees, run against H2 (embedded) and PostgreSQL (server mode). */
abstract class IngestionJobsContract {

    static final Duration LEASE = Duration.ofMinutes(5);

    IngestionJobs jobs;
    JdbcTemplate jdbc;

    abstract DataSource dataSource();

    @BeforeEach
    void emptyQueue() {
        jdbc = new JdbcTemplate(dataSource());
        jdbc.update("delete from ingestion_jobs");
        jobs = newReplica();
    }

    /** A second IngestionJobs on the same database behaves like another replica of the application. */
    IngestionJobs newReplica() {
        return new IngestionJobs(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource())));
    }

    @Test
    void claimsQueuedJobsOldestFirstAndCountsAttempts() {
        DocumentId first = DocumentId.random();
        DocumentId second = DocumentId.random();
        jobs.enqueue(first, 3);
        sleepMillis(5);
        jobs.enqueue(second, 3);

        IngestionJob claimed = jobs.claim("w1", LEASE).orElseThrow();

        assertThat(claimed.documentId()).isEqualTo(first);
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(jobs.claim("w1", LEASE).orElseThrow().documentId()).isEqualTo(second);
        assertThat(jobs.claim("w1", LEASE)).isEmpty();
    }

    @Test
    void concurrentReplicasNeverClaimTheSameJob() throws Exception {
        int count = 40;
        for (int i = 0; i < count; i++) {
            jobs.enqueue(DocumentId.random(), 3);
        }
        List<IngestionJobs> replicas = List.of(jobs, newReplica(), newReplica(), newReplica());
        Set<DocumentId> claimed = Collections.synchronizedSet(new HashSet<>());
        List<DocumentId> all = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(replicas.size());
        List<Future<?>> done = new ArrayList<>();
        for (int r = 0; r < replicas.size(); r++) {
            IngestionJobs replica = replicas.get(r);
            String worker = "replica-" + r;
            done.add(pool.submit(() -> {
                start.await();
                for (Optional<IngestionJob> job = replica.claim(worker, LEASE);
                        job.isPresent();
                        job = replica.claim(worker, LEASE)) {
                    claimed.add(job.get().documentId());
                    all.add(job.get().documentId());
                    replica.done(job.get());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(all).hasSize(count);
        assertThat(claimed).hasSize(count);
    }

    @Test
    void aJobWhoseLeaseRanOutIsClaimedAgainByAnotherWorker() {
        jobs.enqueue(DocumentId.random(), 3);
        IngestionJob first = jobs.claim("dead-worker", Duration.ofMillis(1)).orElseThrow();
        sleepMillis(20);

        IngestionJob again = newReplica().claim("live-worker", LEASE).orElseThrow();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(jobs.heartbeat(first, "dead-worker", LEASE)).isFalse();
        assertThat(jobs.stillOwned(again, "live-worker")).isTrue();
    }

    @Test
    void aHeartbeatKeepsTheJobFromBeingTakenOver() {
        jobs.enqueue(DocumentId.random(), 3);
        IngestionJob job = jobs.claim("w1", Duration.ofMillis(200)).orElseThrow();

        assertThat(jobs.heartbeat(job, "w1", LEASE)).isTrue();
        sleepMillis(300);

        assertThat(newReplica().claim("w2", LEASE)).isEmpty();
    }

    @Test
    void retryWaitsForItsBackoff() {
        jobs.enqueue(DocumentId.random(), 3);
        IngestionJob job = jobs.claim("w1", LEASE).orElseThrow();

        jobs.retryLater(job, Duration.ofMillis(300), "database hiccup");

        assertThat(jobs.claim("w1", LEASE)).isEmpty();
        sleepMillis(400);
        IngestionJob retried = jobs.claim("w1", LEASE).orElseThrow();
        assertThat(retried.attempts()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select last_error from ingestion_jobs", String.class))
                .isEqualTo("database hiccup");
    }

    @Test
    void queuingADocumentAgainCoalescesWithItsWaitingJob() {
        DocumentId document = DocumentId.random();
        jobs.enqueue(document, 3);
        jobs.enqueue(document, 3);

        assertThat(jobs.pending()).isEqualTo(1);
    }

    @Test
    void cancelledJobsAreNotClaimedAndARunningOneLosesOwnership() {
        DocumentId running = DocumentId.random();
        jobs.enqueue(running, 3);
        IngestionJob job = jobs.claim("w1", LEASE).orElseThrow();
        DocumentId waiting = DocumentId.random();
        jobs.enqueue(waiting, 3);

        jobs.cancel(running);
        jobs.cancel(waiting);

        assertThat(jobs.claim("w1", LEASE)).isEmpty();
        assertThat(jobs.heartbeat(job, "w1", LEASE)).isFalse();
        assertThat(jobs.pending()).isZero();
    }

    @Test
    void releaseAllPutsRunningJobsBackInTheQueue() {
        jobs.enqueue(DocumentId.random(), 3);
        jobs.claim("crashed", LEASE).orElseThrow();

        assertThat(jobs.releaseAll()).isEqualTo(1);

        assertThat(jobs.claim("restarted", LEASE)).isPresent();
    }

    @Test
    void aJobHandedBackAtShutdownRunsAgainWithoutLosingAnAttempt() {
        jobs.enqueue(DocumentId.random(), 3);
        IngestionJob interrupted = jobs.claim("stopping", LEASE).orElseThrow();

        jobs.handBack(interrupted);

        IngestionJob again = newReplica().claim("other", LEASE).orElseThrow();
        assertThat(again.id()).isEqualTo(interrupted.id());
        assertThat(again.attempts()).isEqualTo(1);
    }

    static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
