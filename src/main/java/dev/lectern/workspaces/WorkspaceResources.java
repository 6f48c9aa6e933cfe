package dev.lectern.workspaces;

import java.util.Optional;
import java.util.UUID;

/**
 * Tells which workspace a resource outside the workspace's own URL belongs to, so that access control can
 * check membership for {@code /api/v1/<collection>/<id>/**}. A module that serves such a collection
 * provides one bean per collection.
 */
public interface WorkspaceResources {

    /** The path segment after {@code /api/v1/}, e.g. {@code documents}. */
    String collection();

    /** The owning workspace, or empty when no such resource exists. */
    Optional<WorkspaceId> workspaceOf(UUID id);
}
