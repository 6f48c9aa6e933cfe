package dev.lectern.workspaces;

import dev.lectern.shared.LecternProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Deletes workspaces; what other modules keep per workspace goes with it through {@link WorkspaceDeleted}. */
@Service
public class WorkspaceRemoval {

    private final Workspaces workspaces;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    WorkspaceRemoval(Workspaces workspaces, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.workspaces = workspaces;
        this.events = events;
        this.transaction = transaction;
    }

    /** Deletes an empty workspace: its documents must be deleted first (they reference it), 409 otherwise. */
    public void delete(WorkspaceId id) {
        workspaces.requireExists(id);
        try {
            transaction.executeWithoutResult(status -> {
                workspaces.deleteById(id.value());
                workspaces.flush(); // the documents' foreign key fails here, not at a commit outside the catch
                events.publishEvent(new WorkspaceDeleted(id));
            });
        } catch (DataIntegrityViolationException e) {
            throw new LecternProblem(
                    HttpStatus.CONFLICT,
                    "workspace-not-empty",
                    "Workspace not empty",
                    "The workspace still has documents; delete them first.");
        }
    }
}
