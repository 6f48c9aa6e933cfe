package dev.lectern.documents.web;

import dev.lectern.documents.Document;
import dev.lectern.documents.FolderImport;
import dev.lectern.documents.WebPageImport;
import dev.lectern.workspaces.WorkspaceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Brings documents in from elsewhere: a web page by URL, or a folder on the server. */
@RestController
class ImportController {

    private final WebPageImport webPages;
    private final FolderImport folders;

    ImportController(WebPageImport webPages, FolderImport folders) {
        this.webPages = webPages;
        this.folders = folders;
    }

    @PostMapping("/api/v1/workspaces/{workspaceId}/documents/from-url")
    ResponseEntity<DocumentController.UploadedView> fromUrl(
            @PathVariable UUID workspaceId, @Valid @RequestBody UrlRequest request) throws IOException {
        Document document = webPages.importUrl(new WorkspaceId(workspaceId), request.url());
        return ResponseEntity.accepted().body(DocumentController.UploadedView.of(document));
    }

    @PostMapping("/api/v1/admin/imports/folder")
    FolderImport.Report folder(@Valid @RequestBody FolderRequest request) throws IOException {
        return folders.importFolder(
                new WorkspaceId(request.workspaceId()),
                Path.of(request.path()),
                request.include() == null ? List.of() : request.include(),
                request.exclude() == null ? List.of() : request.exclude());
    }

    record UrlRequest(@NotBlank String url) {}

    record FolderRequest(
            @NotNull UUID workspaceId, @NotBlank String path, List<String> include, List<String> exclude) {}
}
