package dev.lectern.ingestion.web;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.Ingestion;
import dev.lectern.workspaces.WorkspaceId;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Re-indexes one document, a workspace or everything; the old chunks stay searchable until replaced. */
@RestController
class ReindexController {

    private final Ingestion ingestion;

    ReindexController(Ingestion ingestion) {
        this.ingestion = ingestion;
    }

    /** A document queued for re-indexing. */
    record DocumentReindex(UUID id, String status) {}

    /** How many documents were queued for re-indexing. */
    record ReindexCount(int queued) {}

    @PostMapping("/api/v1/documents/{id}/reindex")
    ResponseEntity<DocumentReindex> document(@PathVariable UUID id) {
        ingestion.reindex(new DocumentId(id));
        return ResponseEntity.accepted().body(new DocumentReindex(id, "QUEUED"));
    }

    @PostMapping("/api/v1/workspaces/{workspaceId}/reindex")
    ResponseEntity<ReindexCount> workspace(@PathVariable UUID workspaceId) {
        return ResponseEntity.accepted().body(new ReindexCount(ingestion.reindex(new WorkspaceId(workspaceId))));
    }

    @PostMapping("/api/v1/admin/reindex")
    ResponseEntity<ReindexCount> everything() {
        return ResponseEntity.accepted().body(new ReindexCount(ingestion.reindexEverything()));
    }
}
