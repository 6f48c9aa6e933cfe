package dev.lectern.retrieval.evaluation;

import dev.lectern.retrieval.SearchMode;
import java.util.UUID;

/**
 * Writes an evaluation's progress to its row, at most a few times a second, and stops the evaluation when the
 * row says it should no longer run (deleted, or failed because the server is stopping).
 */
final class ProgressRecorder implements RetrievalEvaluation.Progress {

    private static final long INTERVAL_NANOS = 250_000_000L;

    /** Thrown from a progress report to end an evaluation that is no longer wanted. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("evaluation stopped", null, false, false);
        }
    }

    private final Evaluations evaluations;
    private final UUID id;
    private final int modes;
    private int documents;
    private int queries;
    private int indexed;
    private int modesDone;
    private long lastWrite;

    ProgressRecorder(Evaluations evaluations, UUID id, int modes) {
        this.evaluations = evaluations;
        this.id = id;
        this.modes = modes;
    }

    void start() {
        write(Evaluation.Status.INDEXING, 0);
    }

    void read(BeirDataset dataset) {
        documents = dataset.corpus().size();
        queries = dataset.queries().size();
        write(Evaluation.Status.INDEXING, 0);
    }

    @Override
    public void indexed(int documents, int total) {
        indexed = documents;
        write(Evaluation.Status.INDEXING, 0);
    }

    @Override
    public void searched(SearchMode mode, int done, int total) {
        boolean last = done == total;
        if (last || done == 0 || System.nanoTime() - lastWrite > INTERVAL_NANOS) {
            write(Evaluation.Status.SEARCHING, modesDone * queries + done);
        }
        if (last && modesDone < modes) {
            modesDone++;
        }
    }

    private void write(Evaluation.Status status, int queriesRun) {
        lastWrite = System.nanoTime();
        if (!evaluations.progress(id, status, documents, queries, indexed, queriesRun)) {
            throw new Stopped();
        }
    }
}
