package dev.lectern.studio;

import dev.lectern.workspaces.WorkspaceDeleted;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Removes what the studio keeps for a deleted workspace: conversations, reports (their messages and versions
 * cascade), report templates, brand voice and prompt overrides.
 */
@Component
class StudioDataRemoval {

    private static final List<String> TABLES = List.of(
            "studio_conversations",
            "studio_reports",
            "studio_report_templates",
            "studio_brand_voices",
            "studio_prompt_versions");

    private final JdbcTemplate jdbc;

    StudioDataRemoval(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Recorded in the event publication registry: the data goes even if the server crashes first. */
    @ApplicationModuleListener
    void on(WorkspaceDeleted event) {
        for (String table : TABLES) {
            jdbc.update(
                    "delete from " + table + " where workspace_id = ?",
                    event.workspaceId().value());
        }
    }
}
