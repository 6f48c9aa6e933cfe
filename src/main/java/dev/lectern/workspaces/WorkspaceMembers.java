package dev.lectern.workspaces;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Memberships: which user holds which role in which workspace. */
@Repository
public class WorkspaceMembers {

    private final JdbcTemplate jdbc;

    WorkspaceMembers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Role> roleOf(String username, WorkspaceId workspace) {
        return jdbc
                .queryForList(
                        "select role from workspace_members where workspace_id = ? and username = ?",
                        String.class,
                        workspace.value(),
                        username)
                .stream()
                .map(Role::valueOf)
                .findFirst();
    }

    public List<WorkspaceMember> ofUser(String username) {
        return jdbc.query(
                "select workspace_id, username, role from workspace_members where username = ? order by workspace_id",
                (rs, row) -> member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)),
                username);
    }

    public List<WorkspaceMember> of(WorkspaceId workspace) {
        return jdbc.query(
                "select workspace_id, username, role from workspace_members where workspace_id = ? order by username",
                (rs, row) -> member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)),
                workspace.value());
    }

    /** Adds the member or changes its role. */
    @Transactional
    public void put(WorkspaceMember member) {
        int updated = jdbc.update(
                "update workspace_members set role = ? where workspace_id = ? and username = ?",
                member.role().name(),
                member.workspace().value(),
                member.username());
        if (updated == 0) {
            jdbc.update(
                    "insert into workspace_members (workspace_id, username, role) values (?, ?, ?)",
                    member.workspace().value(),
                    member.username(),
                    member.role().name());
        }
    }

    public boolean remove(WorkspaceId workspace, String username) {
        return jdbc.update(
                        "delete from workspace_members where workspace_id = ? and username = ?",
                        workspace.value(),
                        username)
                == 1;
    }

    private static WorkspaceMember member(UUID workspace, String username, String role) {
        return new WorkspaceMember(new WorkspaceId(workspace), username, Role.valueOf(role));
    }
}
