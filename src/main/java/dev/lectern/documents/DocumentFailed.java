package dev.lectern.documents;

import dev.lectern.workspaces.WorkspaceId;

/** A document's ingestion failed for good; the reason is the one the user sees on the document. */
public record DocumentFailed(DocumentId documentId, WorkspaceId workspaceId, String name, String reason) {}
