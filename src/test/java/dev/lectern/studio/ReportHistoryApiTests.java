package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** The history page's listing: a workspace's reports, newest first, at their latest version. */
@Import(ScriptedModelConfiguration.class)
class ReportHistoryApiTests extends ApiTest {

    @Autowired
    ScriptedChatModel model;

    @Test
    void listsTheWorkspacesReportsNewestFirstWithTheirLatestVersion() {
        String workspace = api.createWorkspace("History");
        String other = api.createWorkspace("Elsewhere");
        String document = api.upload(
                        "/api/v1/workspaces/" + workspace + "/documents",
                        "file",
                        "policy.md",
                        "# Policy\n\nStaff must return laptops when they leave.\n".getBytes(StandardCharsets.UTF_8))
                .json()
                .get("id")
                .asString();
        api.awaitProcessed(document, Duration.ofSeconds(60));
        model.reply("A [1].", "B [1].", "C [1].", "D [1].", "E [1].", "F [1].", "G [1].");
        String first = generate(workspace, "First");
        String second = generate(workspace, "Second");
        api.putJson("/api/v1/reports/" + first + "/sections/0", "{\"text\":\"Edited [1].\"}");

        JsonNode listed =
                api.get("/api/v1/workspaces/" + workspace + "/reports").json();

        assertThat(listed).extracting(r -> r.get("title").asString()).containsExactly("First", "Second");
        assertThat(listed.get(0).get("id").asString()).isEqualTo(first);
        assertThat(listed.get(0).get("latestVersion").asInt()).isEqualTo(2);
        assertThat(listed.get(1).get("id").asString()).isEqualTo(second);
        assertThat(listed.get(1).get("latestVersion").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/workspaces/" + other + "/reports").json().isEmpty())
                .isTrue();
        assertThat(api.get("/api/v1/workspaces/00000000-0000-0000-0000-000000000009/reports")
                        .status())
                .isEqualTo(404);
    }

    private String generate(String workspace, String title) {
        Response created = api.postJson(
                "/api/v1/workspaces/" + workspace + "/reports",
                "{\"template\":\"policy-digest\",\"title\":\"" + title + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("report").get("id").asString();
    }
}
