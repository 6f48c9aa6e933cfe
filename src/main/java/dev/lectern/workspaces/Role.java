package dev.lectern.workspaces;

/**
 * What a user may do, globally or inside one workspace: a viewer reads and asks, an editor also changes
 * content, an administrator also manages members. Each role includes the ones before it.
 */
public enum Role {
    VIEWER,
    EDITOR,
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
