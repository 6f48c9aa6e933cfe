package dev.lectern.ingestion.jobs;

import dev.lectern.documents.DocumentId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A job as an administrator sees it: its document, state, tries and the last error. */
public record JobSummary(
        UUID id,
        DocumentId documentId,
        String state,
        int attempts,
        int maxAttempts,
        @Nullable String lastError,
        Instant createdAt,
        Instant updatedAt) {

    public boolean active() {
        return state.equals("QUEUED") || state.equals("RUNNING");
    }
}
