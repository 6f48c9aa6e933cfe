package dev.lectern.identity.web;

import dev.lectern.identity.audit.AuditEventType;
import dev.lectern.identity.audit.AuditLog;
import dev.lectern.identity.users.UserAccounts;
import dev.lectern.shared.LecternProblem;
import dev.lectern.workspaces.Role;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.WorkspaceMember;
import dev.lectern.workspaces.WorkspaceMembers;
import dev.lectern.workspaces.Workspaces;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Members of a workspace and their roles, managed by the workspace's administrators. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/members")
class MemberController {

    private final Workspaces workspaces;
    private final WorkspaceMembers members;
    private final UserAccounts accounts;
    private final AuditLog audit;

    MemberController(Workspaces workspaces, WorkspaceMembers members, UserAccounts accounts, AuditLog audit) {
        this.workspaces = workspaces;
        this.members = members;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping
    List<MemberView> list(@PathVariable UUID workspaceId) {
        WorkspaceId workspace = existing(workspaceId);
        return members.of(workspace).stream().map(MemberView::of).toList();
    }

    @GetMapping("/{username}")
    MemberView get(@PathVariable UUID workspaceId, @PathVariable String username) {
        WorkspaceId workspace = existing(workspaceId);
        return members.roleOf(username, workspace)
                .map(role -> new MemberView(username, role))
                .orElseThrow(() -> LecternProblem.notFound("member", username));
    }

    @PutMapping("/{username}")
    MemberView put(
            @PathVariable UUID workspaceId,
            @PathVariable String username,
            @Valid @RequestBody RoleChange change,
            Authentication caller) {
        WorkspaceId workspace = existing(workspaceId);
        if (accounts.find(username).isEmpty()) {
            throw LecternProblem.notFound("user", username);
        }
        members.put(new WorkspaceMember(workspace, username, change.role()));
        audit.record(
                AuditEventType.MEMBER_CHANGED,
                caller.getName(),
                username + " is " + change.role() + " in workspace " + workspace);
        return new MemberView(username, change.role());
    }

    @DeleteMapping("/{username}")
    ResponseEntity<Void> remove(@PathVariable UUID workspaceId, @PathVariable String username, Authentication caller) {
        if (!members.remove(existing(workspaceId), username)) {
            throw LecternProblem.notFound("member", username);
        }
        audit.record(AuditEventType.MEMBER_REMOVED, caller.getName(), username + " from workspace " + workspaceId);
        return ResponseEntity.noContent().build();
    }

    private WorkspaceId existing(UUID id) {
        WorkspaceId workspace = new WorkspaceId(id);
        workspaces.requireExists(workspace);
        return workspace;
    }

    record RoleChange(@NotNull Role role) {}

    record MemberView(String username, Role role) {
        static MemberView of(WorkspaceMember member) {
            return new MemberView(member.username(), member.role());
        }
    }
}
