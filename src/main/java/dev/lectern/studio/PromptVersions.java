package dev.lectern.studio;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The workspaces' own versions of the prompt templates. */
@Repository
class PromptVersions {

    private final JdbcTemplate jdbc;

    PromptVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of every template of a workspace, oldest first. */
    List<PromptVersion> all(UUID workspaceId) {
        return jdbc.query(
                "select name, version, body, created_at from studio_prompt_versions where workspace_id = ?"
                        + " order by name, version",
                (rs, row) -> new PromptVersion(
                        rs.getString("name"),
                        rs.getInt("version"),
                        rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant()),
                workspaceId);
    }

    @Transactional
    int add(UUID workspaceId, String name, String body) {
        Integer next = jdbc.queryForObject(
                "select coalesce(max(version), 0) + 1 from studio_prompt_versions where workspace_id = ? and name = ?",
                Integer.class,
                workspaceId,
                name);
        jdbc.update(
                "insert into studio_prompt_versions (workspace_id, name, version, body, created_at) values (?, ?, ?, ?, ?)",
                workspaceId,
                name,
                next,
                body,
                Timestamp.from(Instant.now()));
        return next;
    }

    int removeAll(UUID workspaceId, String name) {
        return jdbc.update("delete from studio_prompt_versions where workspace_id = ? and name = ?", workspaceId, name);
    }
}
