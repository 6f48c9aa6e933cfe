package dev.lectern.documents.web;

import dev.lectern.documents.Document;
import dev.lectern.documents.DocumentUploads;
import dev.lectern.shared.LecternProblem;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Uploads many files in one request; each file succeeds or fails on its own. */
@RestController
class BatchUploadController {

    private final DocumentUploads uploads;
    private final Workspaces workspaces;

    BatchUploadController(DocumentUploads uploads, Workspaces workspaces) {
        this.uploads = uploads;
        this.workspaces = workspaces;
    }

    @PostMapping(
            path = "/api/v1/workspaces/{workspaceId}/documents/batch",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<BatchView> upload(@PathVariable UUID workspaceId, @RequestParam("file") List<MultipartFile> files)
            throws IOException {
        WorkspaceId workspace = new WorkspaceId(workspaceId);
        workspaces.requireExists(workspace);
        List<FileResult> results = new ArrayList<>();
        for (MultipartFile file : files) {
            try {
                Document document = uploads.upload(workspace, DocumentController.upload(file));
                results.add(
                        new FileResult(file.getOriginalFilename(), DocumentController.UploadedView.of(document), null));
            } catch (LecternProblem problem) {
                results.add(new FileResult(file.getOriginalFilename(), null, problem.getBody()));
            }
        }
        return ResponseEntity.accepted().body(new BatchView(results));
    }

    record BatchView(List<FileResult> results) {}

    /** The document made from one file, or the problem that kept it out. */
    record FileResult(String fileName, DocumentController.UploadedView document, ProblemDetail error) {}
}
