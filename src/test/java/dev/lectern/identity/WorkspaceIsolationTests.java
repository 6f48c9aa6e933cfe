package dev.lectern.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.studio.ScriptedChatModel;
import dev.lectern.studio.ScriptedModelConfiguration;
import dev.lectern.support.Api;
import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A viewer of workspace A never receives anything of workspace B, whichever way they ask: both hold a
 * launch code, and B's ("pelican") must never reach A's viewer.
 */
@Import(ScriptedModelConfiguration.class)
class WorkspaceIsolationTests extends ApiTest {

    private static final String SECRET_OF_B = "pelican";

    @Autowired
    ScriptedChatModel model;

    String a;
    String b;
    String documentOfA;
    String documentOfB;
    Api viewer;
    Api editor;

    @BeforeEach
    void twoWorkspaces() {
        var accounts = new Accounts(api, port);
        String suffix = Long.toString(System.nanoTime());
        a = api.createWorkspace("Isolated A");
        b = api.createWorkspace("Isolated B");
        documentOfA = upload(a, "alpha.md", "# Launch\n\nThe launch code for Alpha is heron-7.\n");
        documentOfB = upload(b, "bravo.md", "# Launch\n\nThe launch code for Bravo is pelican-42.\n");
        viewer = accounts.user("iso-viewer-" + suffix, "VIEWER");
        editor = accounts.user("iso-editor-" + suffix, "EDITOR");
        accounts.member(a, "iso-viewer-" + suffix, "VIEWER");
        accounts.member(a, "iso-editor-" + suffix, "EDITOR");
    }

    @Test
    void searchReturnsOnlyChunksOfTheCallersWorkspace() {
        Api.Response hits = viewer.get("/api/v1/workspaces/" + a + "/search?q=launch+code+Bravo+pelican");
        Api.Response narrowedToB =
                viewer.get("/api/v1/workspaces/" + a + "/search?q=launch+code&documentIds=" + documentOfB);

        assertThat(hits.status()).isEqualTo(200);
        assertThat(hits.json().get("results")).isNotEmpty();
        hits.json().get("results").forEach(hit -> assertThat(hit.toString()).contains(documentOfA));
        assertThat(hits.json().get("results").toString()).doesNotContain(SECRET_OF_B);
        assertThat(narrowedToB.json().get("results").toString()).doesNotContain(SECRET_OF_B);
        assertThat(viewer.get("/api/v1/workspaces/" + b + "/search?q=launch").status())
                .isEqualTo(403);
    }

    @Test
    void answersCiteOnlyTheCallersWorkspace() {
        Api.Response answer = viewer.postJson(
                "/api/v1/workspaces/" + a + "/answers",
                "{\"question\":\"What is the launch code for Bravo?\",\"mode\":\"EXTRACTIVE\"}");
        Api.Response aimedAtB = viewer.postJson(
                "/api/v1/workspaces/" + a + "/answers",
                "{\"question\":\"What is the launch code?\",\"mode\":\"EXTRACTIVE\",\"documentIds\":[\"" + documentOfB
                        + "\"]}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain(SECRET_OF_B).doesNotContain(documentOfB);
        assertThat(aimedAtB.status()).isBetween(400, 499);
        assertThat(aimedAtB.body()).doesNotContain(SECRET_OF_B);
        assertThat(viewer.postJson("/api/v1/workspaces/" + b + "/answers", "{\"question\":\"Code?\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void summariesReadOnlyTheCallersWorkspace() {
        Api.Response ofB = viewer.postJson(
                "/api/v1/workspaces/" + a + "/summaries",
                "{\"documentIds\":[\"" + documentOfB + "\"],\"mode\":\"EXTRACTIVE\"}");
        Api.Response byQuery = viewer.postJson(
                "/api/v1/workspaces/" + a + "/summaries", "{\"query\":\"launch code Bravo\",\"mode\":\"EXTRACTIVE\"}");

        assertThat(ofB.status()).isBetween(400, 499);
        assertThat(ofB.body()).doesNotContain(SECRET_OF_B);
        assertThat(byQuery.status()).isEqualTo(200);
        assertThat(byQuery.body()).contains("heron").doesNotContain(SECRET_OF_B);
    }

    @Test
    void reportsAndDocumentsOfAnotherWorkspaceStayClosed() {
        model.reply("Scope [1].", "Rules [1].", "Exceptions [1].");
        Api.Response created = api.postJson(
                "/api/v1/workspaces/" + b + "/reports", "{\"template\":\"policy-digest\",\"title\":\"B\"}");
        model.forgetReplies(); // a section without sources uses none
        String reportOfB = created.json().get("report").get("id").asString();

        assertThat(viewer.get("/api/v1/reports/" + reportOfB + "/export?format=markdown")
                        .status())
                .isEqualTo(403);
        assertThat(viewer.get("/api/v1/reports/" + reportOfB).status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/documents/" + documentOfB).status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/documents/" + documentOfB + "/chunks").status())
                .isEqualTo(403);
        assertThat(viewer.get("/api/v1/workspaces").body()).contains(a).doesNotContain(b);
        Api.Response reportFromB = editor.postJson(
                "/api/v1/workspaces/" + a + "/reports",
                "{\"template\":\"policy-digest\",\"title\":\"Leak\",\"documentIds\":[\"" + documentOfB + "\"]}");
        assertThat(reportFromB.status()).isBetween(400, 499);
        assertThat(reportFromB.body()).doesNotContain(SECRET_OF_B);
    }

    @Test
    void theOpenAiCompatibleApiGroundsOnlyInTheCallersWorkspaces() {
        Api.Response models = viewer.get("/v1/models");
        Api.Response intoB = viewer.postJson("/v1/chat/completions", chat(b, "What is the launch code?"));
        model.reply("The launch code is heron-7 [1].");
        Api.Response fromA = viewer.postJson("/v1/chat/completions", chat(a, "What is the launch code for Bravo?"));
        model.forgetReplies();

        assertThat(models.status()).isEqualTo(200);
        assertThat(models.body()).contains("workspace:" + a).doesNotContain(b);
        assertThat(intoB.status()).isEqualTo(404); // another workspace is an unknown model, not a hint that it exists
        assertThat(intoB.body()).doesNotContain(SECRET_OF_B);
        assertThat(fromA.status()).isEqualTo(200);
        assertThat(fromA.body()).doesNotContain(SECRET_OF_B).doesNotContain(documentOfB);
    }

    private static String chat(String workspace, String question) {
        return "{\"model\":\"workspace:" + workspace + "\",\"messages\":[{\"role\":\"user\",\"content\":\"" + question
                + "\"}]}";
    }

    private String upload(String workspace, String name, String content) {
        Api.Response uploaded = api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                name,
                content.getBytes(StandardCharsets.UTF_8));
        String id = uploaded.json().get("id").asString();
        assertThat(api.awaitProcessed(id, Duration.ofSeconds(60)).get("status").asString())
                .isEqualTo("READY");
        return id;
    }
}
