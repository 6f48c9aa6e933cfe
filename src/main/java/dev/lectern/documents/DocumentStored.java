package dev.lectern.documents;

import dev.lectern.workspaces.WorkspaceId;

/** A document's original file was stored and waits to be ingested. Kept small: it is persisted as JSON. */
public record DocumentStored(DocumentId documentId, WorkspaceId workspaceId) {}
