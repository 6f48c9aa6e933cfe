package dev.lectern.studio;

import dev.lectern.documents.Document;
import dev.lectern.documents.DocumentId;
import dev.lectern.documents.DocumentStatus;
import dev.lectern.documents.Documents;
import dev.lectern.shared.LecternProblem;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The checks before the studio reads documents: they exist in the workspace and are processed. */
@Component
class DocumentChecks {

    private final Workspaces workspaces;
    private final Documents documents;

    DocumentChecks(Workspaces workspaces, Documents documents) {
        this.workspaces = workspaces;
        this.documents = documents;
    }

    /** 404 for an unknown workspace or document, 409 for one still processing or a workspace with none ready. */
    void requireSearchable(WorkspaceId workspaceId, Set<DocumentId> ids) {
        workspaces.requireExists(workspaceId);
        ids.forEach(id -> requireReady(workspaceId, id));
        if (documents
                .findByWorkspaceIdAndStatus(workspaceId.value(), DocumentStatus.READY, PageRequest.of(0, 1))
                .isEmpty()) {
            throw new LecternProblem(
                    HttpStatus.CONFLICT,
                    "nothing-indexed",
                    "Nothing indexed",
                    "The workspace has no processed documents yet: upload some, or wait until they are READY.");
        }
    }

    private void requireReady(WorkspaceId workspaceId, DocumentId id) {
        Document document = documents.require(id);
        if (!document.workspaceId().equals(workspaceId)) {
            throw LecternProblem.notFound("document", id);
        }
        if (document.status() != DocumentStatus.READY) {
            throw new LecternProblem(
                    HttpStatus.CONFLICT,
                    "document-not-ready",
                    "Document not ready",
                    "Document %s is %s; ask again when it is READY.".formatted(id.value(), document.status()));
        }
    }
}
