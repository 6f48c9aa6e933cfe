package dev.lectern.documents;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records how far a document's ingestion has come. Each step commits at once so clients see it live; a
 * step for a document deleted meanwhile is ignored and reported as {@code false}.
 */
@Service
public class DocumentProgress {

    private final Documents documents;

    DocumentProgress(Documents documents) {
        this.documents = documents;
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
                    return true;
                })
                .orElse(false);
    }

    @Transactional
    public boolean failed(DocumentId id, String reason) {
        return find(id).map(document -> {
                    document.failed(reason);
                    return true;
                })
                .orElse(false);
    }

    private Optional<Document> find(DocumentId id) {
        return documents.findById(id.value());
    }
}
