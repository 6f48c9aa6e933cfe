package dev.lectern.ingestion;

import dev.lectern.documents.DocumentStage;
import java.time.Duration;

/**
 * Which progress steps of one document are written. A new stage always is: users watch the stages, and the write
 * is where a document deleted meanwhile is noticed. Counts within a stage are written at most once per interval,
 * enough for a live progress bar.
 */
final class ProgressPacing {

    static final Duration COUNT_INTERVAL = Duration.ofMillis(500);

    private final Pacer counts;
    private DocumentStage written;

    ProgressPacing() {
        this(new Pacer(COUNT_INTERVAL, true));
    }

    ProgressPacing(Pacer counts) {
        this.counts = counts;
    }

    synchronized boolean due(DocumentStage stage) {
        boolean newStage = stage != written;
        written = stage;
        // the pacer is asked even for a new stage, so that the count just after it waits its interval too
        return counts.due() || newStage;
    }
}
