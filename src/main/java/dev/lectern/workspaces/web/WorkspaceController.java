package dev.lectern.workspaces.web;

import dev.lectern.workspaces.Role;
import dev.lectern.workspaces.Workspace;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.WorkspaceMember;
import dev.lectern.workspaces.WorkspaceMembers;
import dev.lectern.workspaces.WorkspaceRemoval;
import dev.lectern.workspaces.Workspaces;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Creates workspaces (the creator becomes their administrator), lists the caller's workspaces, deletes them. */
@RestController
@RequestMapping("/api/v1/workspaces")
class WorkspaceController {

    private static final String ADMIN_AUTHORITY = "ROLE_" + Role.ADMIN.name();

    private final Workspaces workspaces;
    private final WorkspaceMembers members;
    private final WorkspaceRemoval removal;

    WorkspaceController(Workspaces workspaces, WorkspaceMembers members, WorkspaceRemoval removal) {
        this.workspaces = workspaces;
        this.members = members;
        this.removal = removal;
    }

    @PostMapping
    ResponseEntity<WorkspaceView> create(@Valid @RequestBody NewWorkspace request, Authentication caller) {
        Workspace workspace = workspaces.create(request.name());
        members.put(new WorkspaceMember(workspace.id(), caller.getName(), Role.ADMIN));
        WorkspaceView created = WorkspaceView.of(workspace, Role.ADMIN);
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + created.id()))
                .body(created);
    }

    /** Administrators see every workspace; everyone else sees the ones they are a member of. */
    @GetMapping
    List<WorkspaceView> list(Authentication caller) {
        Map<UUID, Role> roles = members.ofUser(caller.getName()).stream()
                .collect(Collectors.toMap(member -> member.workspace().value(), WorkspaceMember::role));
        boolean admin = caller.getAuthorities().stream()
                .anyMatch(authority -> ADMIN_AUTHORITY.equals(authority.getAuthority()));
        List<Workspace> visible = admin
                ? workspaces.findAllByOrderByCreatedAtAsc()
                : workspaces.findByIdInOrderByCreatedAtAsc(roles.keySet());
        return visible.stream()
                .map(workspace -> WorkspaceView.of(
                        workspace, admin ? Role.ADMIN : roles.get(workspace.id().value())))
                .toList();
    }

    /** Deletes an empty workspace with what the modules keep for it (conversations, reports, templates). */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        removal.delete(new WorkspaceId(id));
    }

    record NewWorkspace(
            @NotBlank @Size(max = Workspace.MAX_NAME_LENGTH) String name) {}

    /** role: what the caller may do in the workspace. */
    record WorkspaceView(UUID id, String name, Role role) {
        static WorkspaceView of(Workspace workspace, Role role) {
            return new WorkspaceView(workspace.id().value(), workspace.name(), role);
        }
    }
}
