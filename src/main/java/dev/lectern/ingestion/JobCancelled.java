package dev.lectern.ingestion;

/** The job was cancelled or taken over while running (document deleted or queued again): stop quietly. */
class JobCancelled extends RuntimeException {

    JobCancelled() {
        super("The ingestion job was cancelled", null, false, false);
    }
}
