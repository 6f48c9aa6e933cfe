package dev.lectern.documents;

import dev.lectern.documents.storage.BlobStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Deletes documents: record, stored file, and (through {@link DocumentDeleted}) their chunks and jobs. */
@Service
public class DocumentRemoval {

    private final Documents documents;
    private final BlobStore blobs;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    DocumentRemoval(
            Documents documents, BlobStore blobs, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.documents = documents;
        this.blobs = blobs;
        this.events = events;
        this.transaction = transaction;
    }

    /** Deletes the document and the attachments that came out of it. */
    public void delete(DocumentId id) throws IOException {
        List<String> blobKeys = transaction.execute(status -> {
            List<String> keys = new ArrayList<>();
            deleteWithAttachments(documents.require(id), keys);
            return keys;
        });
        for (String key : blobKeys) {
            blobs.delete(key); // after the commit: a failed delete leaves a file, never a record without one
        }
    }

    private void deleteWithAttachments(Document document, List<String> blobKeys) {
        for (Document attachment : documents.findByParentId(document.id().value())) {
            deleteWithAttachments(attachment, blobKeys);
        }
        documents.delete(document);
        blobKeys.add(document.blobKey());
        events.publishEvent(new DocumentDeleted(document.id(), document.workspaceId()));
    }
}
