package dev.lectern.documents.web;

import dev.lectern.documents.Document;
import dev.lectern.documents.DocumentId;
import dev.lectern.documents.DocumentRemoval;
import dev.lectern.documents.DocumentStatus;
import dev.lectern.documents.DocumentTagging;
import dev.lectern.documents.DocumentUploads;
import dev.lectern.documents.DocumentUploads.Upload;
import dev.lectern.documents.Documents;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Uploads, lists, replaces and deletes documents, and reports their processing state. */
@RestController
class DocumentController {

    private final DocumentUploads uploads;
    private final DocumentRemoval removal;
    private final Documents documents;
    private final Workspaces workspaces;
    private final DocumentTagging tagging;

    DocumentController(
            DocumentUploads uploads,
            DocumentRemoval removal,
            Documents documents,
            Workspaces workspaces,
            DocumentTagging tagging) {
        this.uploads = uploads;
        this.removal = removal;
        this.documents = documents;
        this.workspaces = workspaces;
        this.tagging = tagging;
    }

    @PostMapping(path = "/api/v1/workspaces/{workspaceId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<UploadedView> upload(
            @PathVariable UUID workspaceId,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) List<String> tags)
            throws IOException {
        Document document = uploads.upload(
                new WorkspaceId(workspaceId), new Upload(file.getOriginalFilename(), file.getInputStream(), tags));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/documents/" + document.id()))
                .body(UploadedView.of(document));
    }

    @PutMapping(path = "/api/v1/documents/{id}/content", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> replace(@PathVariable UUID id, @RequestParam("file") MultipartFile file)
            throws IOException {
        return ResponseEntity.accepted()
                .body(DocumentView.of(uploads.replaceContent(new DocumentId(id), upload(file))));
    }

    @GetMapping("/api/v1/documents/{id}")
    DocumentView get(@PathVariable UUID id) {
        return DocumentView.of(documents.require(new DocumentId(id)));
    }

    /** Changes what the body names; a field left out stays as it is. */
    @PatchMapping("/api/v1/documents/{id}")
    DocumentView patch(@PathVariable UUID id, @RequestBody DocumentPatch patch) {
        DocumentId documentId = new DocumentId(id);
        Document document =
                patch.tags() == null ? documents.require(documentId) : tagging.retag(documentId, patch.tags());
        return DocumentView.of(document);
    }

    /** The fields of a document a client may change. */
    record DocumentPatch(List<String> tags) {}

    @GetMapping("/api/v1/workspaces/{workspaceId}/documents")
    PageView<DocumentView> list(
            @PathVariable UUID workspaceId,
            @RequestParam(required = false) DocumentStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        workspaces.requireExists(new WorkspaceId(workspaceId));
        PageRequest request = PageView.request(page, size, Sort.by("createdAt", "id"));
        Page<Document> found = status == null
                ? documents.findByWorkspaceId(workspaceId, request)
                : documents.findByWorkspaceIdAndStatus(workspaceId, status, request);
        return PageView.of(found.map(DocumentView::of));
    }

    @DeleteMapping("/api/v1/documents/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) throws IOException {
        removal.delete(new DocumentId(id));
        return ResponseEntity.noContent().build();
    }

    static Upload upload(MultipartFile file) throws IOException {
        return new Upload(file.getOriginalFilename(), file.getInputStream());
    }

    record UploadedView(UUID id, String name, DocumentStatus status, List<String> tags) {
        static UploadedView of(Document document) {
            return new UploadedView(document.id().value(), document.name(), document.status(), document.tags());
        }
    }
}
