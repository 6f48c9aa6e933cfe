package dev.lectern.documents;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records how far a document's ingestion has come. Each step commits at once so clients see it live; a
 * step for a document deleted meanwhile is ignored and reported as {@code false}. Reaching READY or FAILED
 * is published as an event in the same transaction.
 */
@Service
public class DocumentProgress {

    private final Documents documents;
    private final ApplicationEventPublisher events;

    DocumentProgress(Documents documents, ApplicationEventPublisher events) {
        this.documents = documents;
        this.events = events;
    }

    @Transactional
    public boolean stage(DocumentId id, DocumentStage stage, int done, int total) {
        return find(id).map(document -> {
                    document.stage(stage, done, total);
                    return true;
                })
                .orElse(false);
    }

    /** Back in the queue, with a note for the user (e.g. why it is being retried). */
    @Transactional
    public boolean queued(DocumentId id, String note) {
        return find(id).map(document -> {
                    document.queued(note);
                    return true;
                })
                .orElse(false);
    }

    @Transactional
    public boolean ready(DocumentId id, int chunkCount) {
        return find(id).map(document -> {
                    document.ready(chunkCount);
                    events.publishEvent(new DocumentReady(id, document.workspaceId(), document.name(), chunkCount));
                    return true;
                })
                .orElse(false);
    }

    @Transactional
    public boolean failed(DocumentId id, String reason) {
        return find(id).map(document -> {
                    document.failed(reason);
                    events.publishEvent(
                            new DocumentFailed(id, document.workspaceId(), document.name(), document.error()));
                    return true;
                })
                .orElse(false);
    }

    private Optional<Document> find(DocumentId id) {
        return documents.findById(id.value());
    }
}
