package dev.lectern.workspaces;

/** A workspace was deleted; modules that keep data per workspace remove theirs. */
public record WorkspaceDeleted(WorkspaceId workspaceId) {}
