package dev.lectern.documents.web;

import dev.lectern.documents.Document;
import dev.lectern.documents.DocumentId;
import dev.lectern.documents.DocumentStatus;
import dev.lectern.documents.DocumentUploads;
import dev.lectern.documents.DocumentUploads.Upload;
import dev.lectern.documents.Documents;
import dev.lectern.workspaces.WorkspaceId;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Uploads documents and reports their processing state. */
@RestController
class DocumentController {

    private final DocumentUploads uploads;
    private final Documents documents;

    DocumentController(DocumentUploads uploads, Documents documents) {
        this.uploads = uploads;
        this.documents = documents;
    }

    @PostMapping(path = "/api/v1/workspaces/{workspaceId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<UploadedView> upload(@PathVariable UUID workspaceId, @RequestParam("file") MultipartFile file)
            throws IOException {
        Document document = uploads.upload(
                new WorkspaceId(workspaceId),
                new Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream()));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/documents/" + document.id()))
                .body(new UploadedView(document.id().value(), document.name(), document.status()));
    }

    @GetMapping("/api/v1/documents/{id}")
    DocumentView get(@PathVariable UUID id) {
        return DocumentView.of(documents.require(new DocumentId(id)));
    }

    record UploadedView(UUID id, String name, DocumentStatus status) {}

    record DocumentView(
            UUID id,
            UUID workspaceId,
            String name,
            String contentType,
            long sizeBytes,
            DocumentStatus status,
            String error,
            int chunkCount) {
        static DocumentView of(Document d) {
            return new DocumentView(
                    d.id().value(),
                    d.workspaceId().value(),
                    d.name(),
                    d.contentType(),
                    d.sizeBytes(),
                    d.status(),
                    d.error(),
                    d.chunkCount());
        }
    }
}
