package dev.lectern.workspaces.web;

import dev.lectern.workspaces.Workspace;
import dev.lectern.workspaces.Workspaces;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Creates and lists workspaces. */
@RestController
@RequestMapping("/api/v1/workspaces")
class WorkspaceController {

    private final Workspaces workspaces;

    WorkspaceController(Workspaces workspaces) {
        this.workspaces = workspaces;
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

    record NewWorkspace(
            @NotBlank @Size(max = Workspace.MAX_NAME_LENGTH) String name) {}

    record WorkspaceView(UUID id, String name) {
        static WorkspaceView of(Workspace workspace) {
            return new WorkspaceView(workspace.id().value(), workspace.name());
        }
    }
}
