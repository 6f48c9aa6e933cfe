package dev.lectern.identity;

import dev.lectern.workspaces.Role;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.WorkspaceMembers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Decides whether a caller may act in a workspace. Global administrators may act everywhere; everyone else
 * needs a membership whose role includes the one required. Endpoints whose workspace is not in the URL (the
 * OpenAI-compatible API names it in the body) ask here themselves.
 */
@Component
public class WorkspaceAccess {

    private final WorkspaceMembers members;

    WorkspaceAccess(WorkspaceMembers members) {
        this.members = members;
    }

    public boolean permits(Authentication authentication, WorkspaceId workspace, Role required) {
        Caller caller = Caller.of(authentication);
        return caller != null && permits(caller, workspace, required);
    }

    public boolean permits(Caller caller, WorkspaceId workspace, Role required) {
        if (caller.isAdmin()) {
            return true;
        }
        return members.roleOf(caller.username(), workspace)
                .map(role -> role.includes(required))
                .orElse(false);
    }
}
