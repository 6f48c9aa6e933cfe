package dev.lectern.documents;

import dev.lectern.workspaces.WorkspaceId;

/** A document finished ingestion and is searchable. Kept small: it is persisted as JSON. */
public record DocumentReady(DocumentId documentId, WorkspaceId workspaceId, String name, int chunkCount) {}
