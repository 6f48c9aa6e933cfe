package dev.lectern.documents;

import dev.lectern.documents.storage.BlobStore;
import dev.lectern.shared.LecternProblem;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Accepts a user's file: checks it, stores the original, records it and announces it for ingestion. */
@Service
public class DocumentUploads {

    private static final int SNIFF_BYTES = 8192;

    private final Workspaces workspaces;
    private final Documents documents;
    private final BlobStore blobs;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    DocumentUploads(
            Workspaces workspaces,
            Documents documents,
            BlobStore blobs,
            ApplicationEventPublisher events,
            TransactionTemplate transaction) {
        this.workspaces = workspaces;
        this.documents = documents;
        this.blobs = blobs;
        this.events = events;
        this.transaction = transaction;
    }

    /** An uploaded file as the web layer hands it over. */
    public record Upload(String fileName, long size, InputStream content) {}

    public Document upload(WorkspaceId workspaceId, Upload upload) throws IOException {
        workspaces.requireExists(workspaceId);
        String name = cleanName(upload.fileName());
        if (upload.size() == 0) {
            throw new LecternProblem(
                    HttpStatus.BAD_REQUEST,
                    "empty-document",
                    "Empty document",
                    "'%s' is empty: there is nothing to index.".formatted(name));
        }
        try (InputStream in = new BufferedInputStream(upload.content(), SNIFF_BYTES)) {
            in.mark(SNIFF_BYTES);
            DocumentType type = DocumentType.detect(name, in.readNBytes(SNIFF_BYTES), upload.size() > SNIFF_BYTES);
            in.reset();
            DocumentId id = DocumentId.random();
            blobs.put(id.toString(), in);
            try {
                return transaction.execute(status -> {
                    Document saved =
                            documents.save(new Document(id, workspaceId, name, type.mediaType(), upload.size()));
                    events.publishEvent(new DocumentStored(id, workspaceId));
                    return saved;
                });
            } catch (RuntimeException e) {
                blobs.delete(id.toString()); // no orphan file when the record could not be written
                throw e;
            }
        }
    }

    private static String cleanName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "untitled";
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 500 ? base.substring(0, 500) : base;
    }
}
