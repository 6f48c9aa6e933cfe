package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Deleting a workspace removes what the studio keeps for it, and nothing of other workspaces. */
@Import(ScriptedModelConfiguration.class)
class StudioDataRemovalTests extends ApiTest {

    private static final List<String> TABLES = List.of(
            "studio_conversations",
            "studio_reports",
            "studio_report_templates",
            "studio_brand_voices",
            "studio_prompt_versions");

    @Autowired
    Conversations conversations;

    @Autowired
    Reports reports;

    @Autowired
    ReportTemplates templates;

    @Autowired
    BrandVoices voices;

    @Autowired
    PromptVersions prompts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deletingAWorkspaceRemovesItsConversationsReportsTemplatesBrandVoiceAndPrompts() throws Exception {
        UUID deleted = UUID.fromString(api.createWorkspace("Going"));
        UUID kept = UUID.fromString(api.createWorkspace("Staying"));
        for (UUID workspace : List.of(deleted, kept)) {
            fill(workspace);
        }
        assertThat(TABLES).allMatch(table -> rows(table, deleted) > 0);

        assertThat(api.delete("/api/v1/workspaces/" + deleted).status()).isEqualTo(204);

        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (TABLES.stream().anyMatch(table -> rows(table, deleted) > 0)
                && Instant.now().isBefore(until)) {
            Thread.sleep(100); // removal runs after the commit, as a recorded event
        }
        assertThat(TABLES).allMatch(table -> rows(table, deleted) == 0);
        assertThat(TABLES).allMatch(table -> rows(table, kept) > 0);
        assertThat(jdbc.queryForObject("select count(*) from studio_report_versions", Integer.class))
                .isPositive();
        assertThat(api.get("/api/v1/workspaces/" + deleted + "/report-templates")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aWorkspaceWithDocumentsIsNotDeletedAndAnUnknownOneIsNotFound() {
        String workspace = api.createWorkspace("Busy");
        Response upload = api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                "note.txt",
                "A note.".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).isEqualTo(202);

        Response refused = api.delete("/api/v1/workspaces/" + workspace);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("/workspace-not-empty");
        assertThat(api.get("/api/v1/workspaces/" + workspace + "/report-templates")
                        .status())
                .isEqualTo(200);
        assertThat(api.delete("/api/v1/workspaces/" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    private void fill(UUID workspace) {
        var conversation = conversations.start(workspace, "How fast are refunds paid?");
        conversations.append(conversation.id(), "How fast are refunds paid?", "Within 14 days.", null);
        reports.create(workspace, "executive-brief", "Brief", List.of());
        templates.create(workspace, "Mine", List.of(new ReportTemplate.Section("A", "refunds", "Write.")));
        voices.save(workspace, "Plain words.");
        prompts.add(workspace, "answer-system", "Answer briefly.");
    }

    private int rows(String table, UUID workspace) {
        return jdbc.queryForObject(
                "select count(*) from " + table + " where workspace_id = ?", Integer.class, workspace);
    }
}
