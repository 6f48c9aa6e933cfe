package dev.lectern.retrieval.evaluation;

import dev.lectern.retrieval.SearchMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored retrieval evaluation: what was asked, how far it got, and its scores once it has them.
 *
 * @param source the server folder the data set was read from, or {@code upload}
 * @param documents corpus size, known once the data set has been read
 * @param queries judged queries, each of which runs once per mode
 * @param failure why it failed, in words an administrator can act on
 */
public record Evaluation(
        UUID id,
        String name,
        Status status,
        String backend,
        List<SearchMode> modes,
        String split,
        String source,
        int documents,
        int queries,
        int documentsIndexed,
        int queriesRun,
        List<RetrievalEvaluation.ModeResult> results,
        String failure,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    /** Where an evaluation is; COMPLETED and FAILED are final. */
    public enum Status {
        QUEUED,
        INDEXING,
        SEARCHING,
        COMPLETED,
        FAILED;

        public boolean finished() {
            return this == COMPLETED || this == FAILED;
        }
    }

    /** Every query of every mode counts as a step, and so does every document indexed. */
    public int queriesTotal() {
        return queries * modes.size();
    }

    public int percent() {
        if (status == Status.COMPLETED) {
            return 100;
        }
        long total = (long) documents + queriesTotal();
        return total == 0 ? 0 : (int) Math.min(99, 100L * (documentsIndexed + queriesRun) / total);
    }
}
