package dev.lectern.ingestion.jobs;

import dev.lectern.documents.DocumentId;
import java.util.UUID;

/**
 * A claimed unit of ingestion work: one document to take through the pipeline.
 *
 * @param attempts tries so far, this one included
 */
public record IngestionJob(UUID id, DocumentId documentId, int attempts, int maxAttempts) {

    public boolean lastAttempt() {
        return attempts >= maxAttempts;
    }
}
