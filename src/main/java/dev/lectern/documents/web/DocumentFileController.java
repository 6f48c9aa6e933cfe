package dev.lectern.documents.web;

import dev.lectern.documents.Document;
import dev.lectern.documents.DocumentContents;
import dev.lectern.documents.DocumentId;
import dev.lectern.documents.Documents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves a document's original file, so the web UI can preview it next to its passages. */
@RestController
class DocumentFileController {

    /**
     * Types a browser shows by itself and that run no script in our origin; anything else (HTML above all) is
     * sent as a download, so an uploaded page can never act as the signed-in user. (No CSP sandbox: Chromium
     * refuses to show a PDF in a sandboxed frame.)
     */
    private static final Set<String> INLINE = Set.of("application/pdf", "text/plain", "image/png", "image/jpeg");

    private final Documents documents;
    private final DocumentContents contents;

    DocumentFileController(Documents documents, DocumentContents contents) {
        this.documents = documents;
        this.contents = contents;
    }

    @GetMapping("/api/v1/documents/{id}/file")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID id) throws IOException {
        DocumentId documentId = new DocumentId(id);
        Document document = documents.require(documentId);
        boolean inline = INLINE.contains(document.contentType());
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(document.name(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(
                        inline ? MediaType.parseMediaType(document.contentType()) : MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(document.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(contents.open(documentId)));
    }
}
