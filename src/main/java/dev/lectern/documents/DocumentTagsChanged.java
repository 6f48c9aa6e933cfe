package dev.lectern.documents;

import dev.lectern.workspaces.WorkspaceId;
import java.util.List;

/** A user changed a document's tags; searches that filter by tag must see the new ones. */
public record DocumentTagsChanged(DocumentId documentId, WorkspaceId workspaceId, List<String> tags) {}
