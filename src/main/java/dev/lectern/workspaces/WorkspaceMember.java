package dev.lectern.workspaces;

import java.util.Objects;

/** A user's role inside one workspace. */
public record WorkspaceMember(WorkspaceId workspace, String username, Role role) {

    public WorkspaceMember {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(role, "role");
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A member needs a username");
        }
    }
}
