package dev.lectern.studio;

import dev.lectern.workspaces.WorkspaceId;
import java.util.UUID;

/** A report was generated from a template and stored as its first version. */
public record ReportGenerated(UUID reportId, WorkspaceId workspaceId, String templateId, String title, int version) {}
