package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.ApiTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The history page's listing: a workspace's reports, newest first, at their latest version. */
class ReportHistoryApiTests extends ApiTest {

    // stored directly: how reports are written is ReportsApiTests' subject, and no model is needed here
    @Autowired
    Reports reports;

    @Test
    void listsTheWorkspacesReportsNewestFirstWithTheirLatestVersion() {
        UUID workspace = UUID.fromString(api.createWorkspace("History"));
        UUID other = UUID.fromString(api.createWorkspace("Elsewhere"));
        Report first = reports.create(workspace, "policy-digest", "First", List.of());
        Report second = reports.create(workspace, "policy-digest", "Second", List.of());
        reports.addVersion(first, List.of());

        JsonNode listed =
                api.get("/api/v1/workspaces/" + workspace + "/reports").json().get("items");

        assertThat(listed).extracting(r -> r.get("title").asString()).containsExactly("First", "Second");
        assertThat(listed.get(0).get("id").asString()).isEqualTo(first.id().toString());
        assertThat(listed.get(0).get("latestVersion").asInt()).isEqualTo(2);
        assertThat(listed.get(0).get("templateId").asString()).isEqualTo("policy-digest");
        assertThat(listed.get(1).get("id").asString()).isEqualTo(second.id().toString());
        assertThat(listed.get(1).get("latestVersion").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/workspaces/" + other + "/reports")
                        .json()
                        .get("items")
                        .isEmpty())
                .isTrue();
        assertThat(api.get("/api/v1/workspaces/" + UUID.randomUUID() + "/reports")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void pagesTheHistoryNewestFirstAndRefusesABadPage() {
        UUID workspace = UUID.fromString(api.createWorkspace("Paged history"));
        for (String title : List.of("One", "Two", "Three")) {
            reports.create(workspace, "policy-digest", title, List.of());
        }

        JsonNode first =
                api.get("/api/v1/workspaces/" + workspace + "/reports?size=2").json();
        JsonNode second = api.get("/api/v1/workspaces/" + workspace + "/reports?page=1&size=2")
                .json();

        assertThat(first.get("items"))
                .extracting(r -> r.get("title").asString())
                .containsExactly("Three", "Two");
        assertThat(second.get("items"))
                .extracting(r -> r.get("title").asString())
                .containsExactly("One");
        assertThat(first.get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.get("totalPages").asLong()).isEqualTo(2);
        assertThat(api.get("/api/v1/workspaces/" + workspace + "/reports?size=0")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/workspaces/" + workspace + "/reports?page=-1")
                        .status())
                .isEqualTo(400);
    }
}
