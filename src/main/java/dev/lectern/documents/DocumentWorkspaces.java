package dev.lectern.documents;

import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.WorkspaceResources;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Lets access control find the workspace behind {@code /api/v1/documents/{id}/**}. */
@Component
class DocumentWorkspaces implements WorkspaceResources {

    private final Documents documents;

    DocumentWorkspaces(Documents documents) {
        this.documents = documents;
    }

    @Override
    public String collection() {
        return "documents";
    }

    @Override
    public Optional<WorkspaceId> workspaceOf(UUID id) {
        return documents.findById(id).map(Document::workspaceId);
    }
}
