package dev.lectern.documents;

import dev.lectern.documents.storage.BlobStore;
import dev.lectern.shared.LecternProblem;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts files: checks them, stores the original, records it and announces it for ingestion. A rejected
 * file leaves nothing behind: no blob, no record.
 */
@Service
public class DocumentUploads {

    private final Workspaces workspaces;
    private final Documents documents;
    private final BlobStore blobs;
    private final MediaTypeDetector detector;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Path incoming;

    DocumentUploads(
            Workspaces workspaces,
            Documents documents,
            BlobStore blobs,
            MediaTypeDetector detector,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            DocumentsSettings settings) {
        this.workspaces = workspaces;
        this.documents = documents;
        this.blobs = blobs;
        this.detector = detector;
        this.events = events;
        this.transaction = transaction;
        this.incoming = settings.storageDir().resolve(".incoming");
    }

    /** A file as the web layer or an importer hands it over, with the tags to give it (see {@link DocumentTags}). */
    public record Upload(String fileName, InputStream content, List<String> tags) {

        public Upload {
            tags = DocumentTags.normalise(tags);
        }

        public Upload(String fileName, InputStream content) {
            this(fileName, content, List.of());
        }

        public static Upload of(String fileName, byte[] content) {
            return new Upload(fileName, new ByteArrayInputStream(content));
        }
    }

    public Document upload(WorkspaceId workspaceId, Upload upload) throws IOException {
        return store(workspaceId, upload, null);
    }

    /** Stores a file found inside another document (an e-mail attachment) as a document linked to it. */
    public Document attach(DocumentId parentId, Upload upload) throws IOException {
        Document parent = documents.require(parentId);
        return store(parent.workspaceId(), upload, parentId);
    }

    /** Replaces a document's file with a new version; its chunks are replaced once the new one is ingested. */
    public Document replaceContent(DocumentId id, Upload upload) throws IOException {
        Document current = documents.require(id);
        String name = FileNames.sanitize(upload.fileName());
        try (IncomingFile file = spool(upload, name)) {
            String mediaType = detector.detect(file.path(), name);
            String key = id + "-v" + (current.version() + 1);
            try (InputStream bytes = Files.newInputStream(file.path())) {
                blobs.put(key, bytes);
            }
            String oldKey = current.blobKey();
            Document saved = inTransaction(key, () -> {
                Document document = documents.require(id);
                document.newVersion(new StoredFile(name, mediaType, file.size(), file.sha256(), key));
                events.publishEvent(new DocumentStored(id, document.workspaceId()));
                return documents.save(document);
            });
            blobs.delete(oldKey); // the old chunks stay searchable without it until the new ones replace them
            return saved;
        }
    }

    private Document store(WorkspaceId workspaceId, Upload upload, DocumentId parentId) throws IOException {
        workspaces.requireExists(workspaceId);
        String name = FileNames.sanitize(upload.fileName());
        try (IncomingFile file = spool(upload, name)) {
            String mediaType = detector.detect(file.path(), name);
            var duplicate = documents.findFirstByWorkspaceIdAndContentHash(workspaceId.value(), file.sha256());
            if (duplicate.isPresent()) {
                throw new DuplicateDocument(name, duplicate.get());
            }
            DocumentId id = DocumentId.random();
            String key = id + "-v1";
            try (InputStream bytes = Files.newInputStream(file.path())) {
                blobs.put(key, bytes);
            }
            return inTransaction(key, () -> {
                StoredFile stored = new StoredFile(name, mediaType, file.size(), file.sha256(), key);
                Document document = new Document(id, workspaceId, stored, parentId);
                document.tag(upload.tags());
                Document saved = documents.save(document);
                events.publishEvent(new DocumentStored(id, workspaceId));
                return saved;
            });
        }
    }

    private IncomingFile spool(Upload upload, String name) throws IOException {
        try (InputStream in = upload.content()) {
            IncomingFile file = IncomingFile.spool(in, incoming);
            if (file.size() == 0) {
                file.close();
                throw new LecternProblem(
                        HttpStatus.BAD_REQUEST,
                        "empty-document",
                        "Empty document",
                        "'%s' is empty: there is nothing to index.".formatted(name));
            }
            return file;
        }
    }

    private Document inTransaction(String blobKey, java.util.function.Supplier<Document> work) throws IOException {
        try {
            return transaction.execute(status -> work.get());
        } catch (RuntimeException e) {
            blobs.delete(blobKey); // no orphan file when the record could not be written
            throw e;
        }
    }
}
