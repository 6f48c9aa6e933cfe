package dev.lectern.documents;

import dev.lectern.workspaces.WorkspaceId;

/** A document was deleted: its record and file are gone, and its chunks must go too. */
public record DocumentDeleted(DocumentId documentId, WorkspaceId workspaceId) {}
