package dev.lectern.retrieval.evaluation;

import dev.lectern.retrieval.RetrievalSettings;
import dev.lectern.retrieval.SearchMode;
import dev.lectern.workspaces.WorkspaceId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Runs evaluations one at a time on a thread of its own (an evaluation embeds a whole corpus: two at once
 * would only halve each other's speed and slow down ingestion further). Unfinished evaluations of a process
 * that stopped or died are marked FAILED, and their scratch data removed, instead of staying RUNNING for ever.
 */
@Component
class EvaluationWorker implements SmartLifecycle {

    static final String INTERRUPTED =
            "Interrupted by restart: the server stopped before the evaluation finished." + " Submit it again.";
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    /** A replica that has not heartbeated for this long is taken to be gone. */
    static final Duration SILENCE = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(EvaluationWorker.class);

    final String owner = "%s-%s".formatted(ProcessHandle.current().pid(), UUID.randomUUID());
    private final Evaluations evaluations;
    private final RetrievalEvaluation evaluation;
    private final EvaluationSettings settings;
    private final boolean singleProcess;
    // not final: a stopped context can be started again (Spring's test context cache pauses and restarts them)
    private volatile ExecutorService runner = newRunner();
    private volatile ScheduledExecutorService heartbeat = newHeartbeat();
    private volatile boolean running;

    EvaluationWorker(
            Evaluations evaluations,
            RetrievalEvaluation evaluation,
            EvaluationSettings settings,
            RetrievalSettings retrieval) {
        this.evaluations = evaluations;
        this.evaluation = evaluation;
        this.settings = settings;
        // the Lucene index is locked by one process, so nobody else can be running an evaluation on this data
        this.singleProcess = retrieval.index() == RetrievalSettings.IndexKind.LUCENE;
    }

    /** One evaluation to run: the data set's folder is removed afterwards when it was an upload. */
    record Task(
            UUID id,
            Path folder,
            boolean uploaded,
            String split,
            String name,
            List<SearchMode> modes,
            WorkspaceId scratch,
            Runnable whenDone) {}

    void submit(Task task) {
        runner.execute(() -> run(task));
    }

    private void run(Task task) {
        try {
            if (!running) {
                return; // the server is stopping; stop() has marked the evaluation
            }
            ProgressRecorder recorder =
                    new ProgressRecorder(evaluations, task.id(), task.modes().size());
            recorder.start();
            BeirDataset dataset = BeirDataset.read(task.folder(), task.split(), task.name());
            recorder.read(dataset);
            var results = evaluation.evaluate(dataset, task.modes(), task.scratch(), recorder);
            evaluations.complete(task.id(), results);
        } catch (ProgressRecorder.Stopped stopped) {
            log.info("Evaluation {} stopped: deleted, or the server is stopping", task.id());
        } catch (InvalidDataset e) {
            evaluations.fail(task.id(), e.getMessage());
        } catch (IOException e) {
            evaluations.fail(task.id(), "The data set could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            log.error("Evaluation {} failed", task.id(), e);
            evaluations.fail(
                    task.id(),
                    "The evaluation stopped on an unexpected error (%s). The server log has the details."
                            .formatted(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } finally {
            if (task.uploaded()) {
                FileSystemUtils.deleteRecursively(task.folder().toFile());
            }
            task.whenDone().run();
        }
    }

    /** Fails what other processes left unfinished and removes what they left in the index. */
    void sweep(Instant silentSince) {
        for (Evaluations.Unfinished left : evaluations.abandoned(owner, silentSince)) {
            evaluations.fail(left.id(), INTERRUPTED);
            cleanUp(left);
        }
    }

    private void cleanUp(Evaluations.Unfinished left) {
        try {
            evaluation.removeScratch(new WorkspaceId(left.scratchWorkspace()));
            FileSystemUtils.deleteRecursively(
                    settings.workDir().resolve(left.id().toString()));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove the scratch data of evaluation {}", left.id(), e);
        }
    }

    private static ExecutorService newRunner() {
        return Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("retrieval-evaluation").daemon().factory());
    }

    private static ScheduledExecutorService newHeartbeat() {
        return Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("retrieval-evaluation-heartbeat")
                .daemon()
                .factory());
    }

    @Override
    public void start() {
        if (heartbeat.isShutdown()) {
            heartbeat = newHeartbeat();
            runner = newRunner();
        }
        running = true;
        sweep(singleProcess ? Instant.now().plusSeconds(1) : Instant.now().minus(SILENCE));
        heartbeat.scheduleWithFixedDelay(
                () -> {
                    try {
                        evaluations.heartbeat(owner);
                        sweep(Instant.now().minus(SILENCE));
                    } catch (RuntimeException e) {
                        log.warn("Evaluation heartbeat failed", e);
                    }
                },
                HEARTBEAT.toSeconds(),
                HEARTBEAT.toSeconds(),
                TimeUnit.SECONDS);
    }

    /**
     * Marks this process's unfinished evaluations first, so that the running one stops at its next step (the
     * thread is not interrupted: an interrupt closes the Lucene index's file channels) and cleans up.
     */
    @Override
    public void stop() {
        running = false;
        heartbeat.shutdownNow();
        for (Evaluations.Unfinished mine : evaluations.unfinished(owner)) {
            evaluations.fail(mine.id(), INTERRUPTED);
        }
        runner.shutdown();
        try {
            if (!runner.awaitTermination(60, TimeUnit.SECONDS)) {
                log.warn(
                        "A retrieval evaluation was still running at shutdown; its scratch data is removed at the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
