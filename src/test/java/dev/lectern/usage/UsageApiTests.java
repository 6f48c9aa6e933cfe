package dev.lectern.usage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.studio.ScriptedChatModel;
import dev.lectern.studio.ScriptedModelConfiguration;
import dev.lectern.support.Api;
import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Real calls by two users with their own keys (a search, a generated answer whole and streamed, an OpenAI chat
 * completion grounded in a workspace, a miss), then the usage report read back as the administrator.
 */
@Import(ScriptedModelConfiguration.class)
class UsageApiTests extends ApiTest {

    @Autowired
    ScriptedChatModel model;

    @Test
    void countsEachUsersCallsTokensWorkspaceAndKey() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String workspace = api.createWorkspace("Usage " + suffix);
        upload(workspace, "refunds.md", "# Refunds\n\nRefunds are paid within 14 days of the return.\n");
        String ann = "usage-ann-" + suffix;
        String bob = "usage-bob-" + suffix;
        Api annApi = user(ann, "EDITOR", "ann-key-" + suffix);
        Api bobApi = user(bob, "VIEWER", "bob-key-" + suffix);
        member(workspace, ann, "EDITOR");
        member(workspace, bob, "VIEWER");
        model.reply("Refunds are paid within 14 days [1].", "Within 14 days [1].", "Refunds take 14 days [1].");

        assertThat(annApi.get("/api/v1/workspaces/" + workspace + "/search?q=refunds")
                        .status())
                .isEqualTo(200);
        Response answer = annApi.postJson(
                "/api/v1/workspaces/" + workspace + "/answers", "{\"question\":\"How fast are refunds paid?\"}");
        assertThat(answer.json().get("mode").asString()).as(answer.body()).isEqualTo("GENERATIVE");
        Response streamed = bobApi.postJson(
                "/api/v1/workspaces/" + workspace + "/answers",
                "{\"question\":\"How fast are refunds paid?\"}",
                "text/event-stream");
        assertThat(streamed.body()).contains("event:done");
        Response completion = bobApi.postJson(
                "/v1/chat/completions",
                "{\"model\":\"workspace:" + workspace
                        + "\",\"messages\":[{\"role\":\"user\",\"content\":\"How fast are refunds paid?\"}]}");
        assertThat(completion.status()).as(completion.body()).isEqualTo(200);
        assertThat(bobApi.get("/api/v1/documents/" + UUID.randomUUID()).status())
                .isEqualTo(404);

        JsonNode users = report("groupBy=user");
        JsonNode annRow = row(users, ann);
        JsonNode bobRow = row(users, bob);
        // each also issued their key in a browser session: one call more
        assertThat(annRow.get("requests").asLong()).isEqualTo(3);
        assertThat(annRow.get("clientErrors").asLong()).isZero();
        assertThat(annRow.get("promptTokens").asLong()).isPositive();
        assertThat(annRow.get("completionTokens").asLong()).isEqualTo(words("Refunds are paid within 14 days [1]."));
        assertThat(bobRow.get("requests").asLong()).isEqualTo(4);
        assertThat(bobRow.get("clientErrors").asLong()).isEqualTo(1);
        assertThat(bobRow.get("completionTokens").asLong())
                .isEqualTo(words("Within 14 days [1].") + words("Refunds take 14 days [1]."));
        assertThat(bobRow.get("latencyP95Ms").asLong())
                .isGreaterThanOrEqualTo(bobRow.get("latencyP50Ms").asLong());

        JsonNode annWorkspaces = report("groupBy=workspace&userId=" + ann);
        assertThat(groups(annWorkspaces)).containsExactly("Usage " + suffix, UsageReports.NO_WORKSPACE);
        assertThat(row(annWorkspaces, "Usage " + suffix).get("groupId").asString())
                .isEqualTo(workspace);
        assertThat(row(annWorkspaces, "Usage " + suffix).get("requests").asLong())
                .isEqualTo(2);
        JsonNode bobWorkspaces = report("groupBy=workspace&userId=" + bob);
        // the completion names its workspace in the body; the missing document has none
        assertThat(row(bobWorkspaces, "Usage " + suffix).get("requests").asLong())
                .isEqualTo(2);
        assertThat(row(bobWorkspaces, UsageReports.NO_WORKSPACE).get("requests").asLong())
                .isEqualTo(2);
        JsonNode bobKeys = report("groupBy=key&userId=" + bob);
        assertThat(row(bobKeys, "bob-key-" + suffix).get("requests").asLong()).isEqualTo(3);
        assertThat(row(bobKeys, UsageReports.NO_KEY).get("requests").asLong()).isEqualTo(1);

        JsonNode routes = report("groupBy=route&userId=" + bob);
        assertThat(groups(routes))
                .containsExactlyInAnyOrder(
                        "POST /api/v1/workspaces/{workspaceId}/answers",
                        "POST /v1/chat/completions",
                        "GET /api/v1/documents/{id}",
                        "POST /api/v1/api-keys");
        assertThat(row(routes, "POST /v1/chat/completions")
                        .get("completionTokens")
                        .asLong())
                .isEqualTo(words("Refunds take 14 days [1]."));

        JsonNode days = report("groupBy=day&workspaceId=" + workspace);
        assertThat(days.get("rows")).hasSize(30);
        JsonNode today = days.get("rows").get(29);
        assertThat(today.get("group").asString())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(today.get("requests").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(days.get("rows").get(0).get("requests").asLong()).isZero();
        assertThat(days.get("totals").get("requests").asLong())
                .isEqualTo(today.get("requests").asLong());
    }

    @Test
    void refusesBadDaysAndGroupingsWithProblemDetails() {
        assertProblem("/api/v1/admin/usage?from=yesterday", "'from' must be a day");
        assertProblem("/api/v1/admin/usage?from=2026-03-01&to=2026-02-01", "'from' must not be after 'to'");
        assertProblem("/api/v1/admin/usage?from=2024-01-01&to=2026-01-01", "at most 366 days");
        assertProblem("/api/v1/admin/usage?groupBy=planet", "'groupBy' must be");
        assertProblem("/api/v1/admin/usage?workspaceId=42", "'workspaceId'");
        assertThat(api.get("/api/v1/admin/usage?from=2025-01-01&to=2026-01-01").status())
                .isEqualTo(200);
    }

    @Test
    void exportsTheReportAsCsvWithTotals() {
        String day = LocalDate.now(ZoneOffset.UTC).toString();
        api.get("/api/v1/workspaces");

        Response csv = api.get("/api/v1/admin/usage.csv?groupBy=user&from=" + day + "&to=" + day);

        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0])
                .isEqualTo("user,requests,clientErrors,serverErrors,promptTokens,completionTokens,"
                        + "latencyP50Ms,latencyP95Ms");
        assertThat(lines).anyMatch(line -> line.startsWith("\"admin\","));
        assertThat(lines[lines.length - 1]).startsWith("\"total\",");
    }

    private JsonNode report(String parameters) {
        String day = LocalDate.now(ZoneOffset.UTC).toString();
        Response response = api.get("/api/v1/admin/usage?" + parameters
                + (parameters.contains("groupBy=day") ? "" : "&from=" + day + "&to=" + day));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode row(JsonNode report, String group) {
        return StreamSupport.stream(report.get("rows").spliterator(), false)
                .filter(row -> row.get("group").asString().equals(group))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + group + " in " + report));
    }

    private static java.util.List<String> groups(JsonNode report) {
        return StreamSupport.stream(report.get("rows").spliterator(), false)
                .map(row -> row.get("group").asString())
                .toList();
    }

    private static long words(String text) {
        return text.split("\\s+").length;
    }

    private void assertProblem(String path, String detail) {
        Response response = api.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains(detail);
    }

    private Api user(String username, String role, String keyName) {
        String password = username + "-password-1";
        Response created = api.postJson(
                "/api/v1/admin/users",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"role\":\"" + role + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Api.withKey(port, Api.signedIn(port, username, password).issueKey(keyName, "read", "generate"));
    }

    private void member(String workspace, String username, String role) {
        Response put =
                api.putJson("/api/v1/workspaces/" + workspace + "/members/" + username, "{\"role\":\"" + role + "\"}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
    }

    private void upload(String workspace, String name, String content) {
        Response response = api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                name,
                content.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String id = response.json().get("id").asString();
        assertThat(api.awaitProcessed(id, Duration.ofSeconds(60)).get("status").asString())
                .isEqualTo("READY");
    }
}
