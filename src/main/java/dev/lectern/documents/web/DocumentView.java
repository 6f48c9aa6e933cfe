package dev.lectern.documents.web;

import dev.lectern.documents.Document;
import dev.lectern.documents.DocumentStage;
import dev.lectern.documents.DocumentStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A document as the API shows it, with its progress through the ingestion pipeline. */
record DocumentView(
        UUID id,
        UUID workspaceId,
        String name,
        String contentType,
        long sizeBytes,
        DocumentStatus status,
        @Nullable String error,
        int chunkCount,
        Progress progress,
        int version,
        List<String> tags,
        @Nullable UUID parentId,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * How far the pipeline has come.
     *
     * @param stage QUEUED, PARSING, CHUNKING, EMBEDDING, READY or FAILED
     * @param percent 0 to 100 over the whole pipeline
     * @param done chunks embedded so far (during EMBEDDING) or in all (READY)
     * @param total chunks to embed, once known
     */
    record Progress(DocumentStage stage, int percent, int done, int total) {}

    static DocumentView of(Document d) {
        return new DocumentView(
                d.id().value(),
                d.workspaceId().value(),
                d.name(),
                d.contentType(),
                d.sizeBytes(),
                d.status(),
                d.error(),
                d.chunkCount(),
                new Progress(d.stage(), percent(d), d.progressDone(), d.progressTotal()),
                d.version(),
                d.tags(),
                d.parentId() == null ? null : d.parentId().value(),
                d.createdAt(),
                d.updatedAt());
    }

    /** Parsing and chunking take the first tenth; embedding, which dominates, the rest. */
    private static int percent(Document d) {
        return switch (d.stage()) {
            case QUEUED, FAILED -> 0;
            case PARSING -> 5;
            case CHUNKING -> 10;
            case EMBEDDING -> 10 + (d.progressTotal() == 0 ? 0 : 90 * d.progressDone() / d.progressTotal());
            case READY -> 100;
        };
    }
}
