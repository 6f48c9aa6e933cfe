package dev.lectern.ingestion;

import dev.lectern.documents.DocumentProgress;
import dev.lectern.ingestion.IngestionSettings.Jobs;
import dev.lectern.ingestion.jobs.IngestionJob;
import dev.lectern.ingestion.jobs.IngestionJobs;
import dev.lectern.ingestion.parsing.ParseFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A fixed number of threads that claim ingestion jobs and run them. The number is the bound on concurrent
 * ingestion, so that a large batch leaves the CPU to searches and generation too.
 */
@Component
class IngestionWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IngestionWorkers.class);

    /** Longest wait at shutdown for a worker to reach its next step. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final IngestionJobs jobs;
    private final IngestionPipeline pipeline;
    private final DocumentProgress progress;
    private final Jobs settings;
    private final String name = "ingest-" + UUID.randomUUID().toString().substring(0, 8);
    private final Semaphore wakeUps = new Semaphore(0);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    IngestionWorkers(
            IngestionJobs jobs, IngestionPipeline pipeline, DocumentProgress progress, IngestionSettings settings) {
        this.jobs = jobs;
        this.pipeline = pipeline;
        this.progress = progress;
        this.settings = settings.jobs();
    }

    /** Tells idle workers that a job was queued in this process, so they need not wait for the next poll. */
    void wakeUp() {
        wakeUps.release(settings.workers());
    }

    @Override
    public void start() {
        if (settings.reclaimOnStartup()) {
            int reclaimed = jobs.releaseAll();
            if (reclaimed > 0) {
                log.info("Took back {} ingestion jobs left running by the previous run", reclaimed);
            }
        }
        running = true;
        for (int i = 0; i < settings.workers(); i++) {
            String worker = name + "-" + i;
            threads.add(Thread.ofPlatform().name(worker).daemon().start(() -> work(worker)));
        }
    }

    /**
     * Stops taking work. Running documents stop at their next step and go back to the queue; threads are not
     * interrupted, since an interrupt in the middle of an index write can damage the Lucene index.
     */
    @Override
    public void stop() {
        running = false;
        wakeUps.release(threads.size());
        for (Thread thread : threads) {
            try {
                thread.join(STOP_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work(String worker) {
        while (running) {
            try {
                Optional<IngestionJob> job = jobs.claim(worker, settings.lease());
                if (job.isPresent()) {
                    run(job.get(), worker);
                } else {
                    wakeUps.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Ingestion worker {} could not claim work; trying again shortly", worker, e);
                pause();
            }
        }
    }

    private void run(IngestionJob job, String worker) {
        if (job.attempts() > job.maxAttempts()) {
            fail(
                    job,
                    "Processing stopped %d times without finishing (the server stopped or crashed while working on this document)."
                            .formatted(job.maxAttempts()));
            return;
        }
        try {
            // the claim took the lease; renewing it every sixth of it keeps the job however busy the database is
            Pacer renewals = new Pacer(settings.lease().dividedBy(6), false);
            pipeline.ingest(job.documentId(), () -> stillWanted(job, worker, renewals));
            jobs.done(job);
        } catch (JobCancelled cancelled) {
            if (!running) {
                jobs.handBack(job); // shutting down: another run or replica takes it from the start
                progress.queued(job.documentId(), null);
            }
            log.debug("Job {} for {} stopped (shutdown or cancelled)", job.id(), job.documentId());
        } catch (ParseFailure failure) {
            fail(job, failure.getMessage());
        } catch (Exception e) {
            retryOrFail(job, e);
        }
    }

    private void stillWanted(IngestionJob job, String worker, Pacer renewals) {
        if (!running || (renewals.due() && !jobs.heartbeat(job, worker, settings.lease()))) {
            throw new JobCancelled();
        }
    }

    private void retryOrFail(IngestionJob job, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (job.lastAttempt()) {
            log.warn("Ingestion of {} failed for good after {} attempts", job.documentId(), job.attempts(), e);
            fail(job, "Ingestion failed after %d attempts: %s".formatted(job.attempts(), reason));
            return;
        }
        Duration delay = settings.retryBackoff().multipliedBy(1L << (job.attempts() - 1));
        log.info(
                "Ingestion of {} failed (attempt {}), retrying in {}: {}",
                job.documentId(),
                job.attempts(),
                delay,
                reason);
        jobs.retryLater(job, delay, reason);
        progress.queued(
                job.documentId(),
                "Attempt %d failed (%s); retrying in %d s.".formatted(job.attempts(), reason, delay.toSeconds()));
    }

    private void fail(IngestionJob job, String reason) {
        jobs.failed(job, reason);
        progress.failed(job.documentId(), reason);
    }

    private void pause() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
