package dev.lectern.workspaces;

import dev.lectern.shared.LecternProblem;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** All workspaces. */
public interface Workspaces extends Repository<Workspace, UUID> {

    Workspace save(Workspace workspace);

    List<Workspace> findAllByOrderByCreatedAtAsc();

    List<Workspace> findByIdInOrderByCreatedAtAsc(Collection<UUID> ids);

    boolean existsById(UUID id);

    void deleteById(UUID id);

    void flush();

    default boolean exists(WorkspaceId id) {
        return existsById(id.value());
    }

    /** Fails with a 404 problem when the workspace is unknown, so callers need no check of their own. */
    default void requireExists(WorkspaceId id) {
        if (!exists(id)) {
            throw LecternProblem.notFound("workspace", id);
        }
    }

    default Workspace create(String name) {
        return save(new Workspace(name));
    }
}
