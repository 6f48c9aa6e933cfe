package dev.lectern.workspaces.web;

import dev.lectern.workspaces.Workspace;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.WorkspaceRemoval;
import dev.lectern.workspaces.Workspaces;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Creates, lists and deletes workspaces. */
@RestController
@RequestMapping("/api/v1/workspaces")
class WorkspaceController {

    private final Workspaces workspaces;
    private final WorkspaceRemoval removal;

    WorkspaceController(Workspaces workspaces, WorkspaceRemoval removal) {
        this.workspaces = workspaces;
        this.removal = removal;
    }

    @PostMapping
    ResponseEntity<WorkspaceView> create(@Valid @RequestBody NewWorkspace request) {
        WorkspaceView created = WorkspaceView.of(workspaces.create(request.name()));
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + created.id()))
                .body(created);
    }

    @GetMapping
    List<WorkspaceView> list() {
        return workspaces.findAllByOrderByCreatedAtAsc().stream()
                .map(WorkspaceView::of)
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

    record WorkspaceView(UUID id, String name) {
        static WorkspaceView of(Workspace workspace) {
            return new WorkspaceView(workspace.id().value(), workspace.name());
        }
    }
}
