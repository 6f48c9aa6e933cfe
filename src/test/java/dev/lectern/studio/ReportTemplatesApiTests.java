package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** A workspace's report templates through the API: shipped ones read-only, its own created, copied, changed. */
@Import(ScriptedModelConfiguration.class)
class ReportTemplatesApiTests extends ApiTest {

    @Autowired
    ScriptedChatModel model;

    String workspace;
    String path;

    @BeforeEach
    void workspace() {
        workspace = api.createWorkspace("Templates");
        path = "/api/v1/workspaces/" + workspace + "/report-templates";
    }

    @Test
    void shippedTemplatesAreListedReadOnlyAndCanBeCopied() {
        JsonNode listed = api.get(path).json();
        assertThat(listed).extracting(t -> t.get("id").asString()).contains("executive-brief", "policy-digest");
        assertThat(listed).allMatch(t -> t.get("shipped").asBoolean());

        assertThat(api.putJson(path + "/policy-digest", "{\"name\":\"Mine\"}")
                        .json()
                        .get("type")
                        .asString())
                .endsWith("/read-only-template");
        assertThat(api.delete(path + "/policy-digest").status()).isEqualTo(409);

        Response copy = api.postJson(path, "{\"copyOf\":\"policy-digest\"}");
        assertThat(copy.status()).as(copy.body()).isEqualTo(201);
        assertThat(copy.json().get("name").asString()).isEqualTo("Copy of Policy digest");
        assertThat(copy.json().get("shipped").asBoolean()).isFalse();
        assertThat(copy.json().get("sections").toString())
                .isEqualTo(
                        api.get(path + "/policy-digest").json().get("sections").toString());
        assertThat(api.get(path).json()).hasSize(listed.size() + 1);
    }

    @Test
    void ownTemplateIsChangedUsedForAReportAndDeleted() {
        String id = api.postJson(
                        path,
                        "{\"name\":\"Refund check\",\"sections\":[{\"title\":\"Speed\",\"query\":\"refund days\","
                                + "\"instructions\":\"Say how fast.\"}]}")
                .json()
                .get("id")
                .asString();
        JsonNode changed = api.putJson(
                        path + "/" + id,
                        "{\"name\":\"Refund brief\",\"sections\":[{\"title\":\"Payment speed\","
                                + "\"query\":\"refunds paid days\",\"instructions\":\"Say how fast refunds are paid.\"}]}")
                .json();
        assertThat(changed.get("name").asString()).isEqualTo("Refund brief");
        assertThat(api.get(path + "/" + id)
                        .json()
                        .get("sections")
                        .get(0)
                        .get("title")
                        .asString())
                .isEqualTo("Payment speed");

        upload("refunds.md", "# Refunds\n\nRefunds are paid within 14 days of the return.\n");
        model.reply("Refunds are paid within 14 days [1].");
        Response report = api.postJson("/api/v1/workspaces/" + workspace + "/reports", "{\"template\":\"" + id + "\"}");
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        assertThat(report.json().get("report").get("title").asString()).isEqualTo("Refund brief");
        assertThat(report.json()
                        .get("report")
                        .get("sections")
                        .get(0)
                        .get("title")
                        .asString())
                .isEqualTo("Payment speed");
        assertThat(model.lastPrompt().getUserMessage().getText()).contains("Say how fast refunds are paid.");

        String other = api.createWorkspace("Other");
        assertThat(api.get("/api/v1/workspaces/" + other + "/report-templates/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(api.delete(path + "/" + id).status()).isEqualTo(204);
        assertThat(api.get(path + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void templatesThatCannotBeWrittenGetProblemDetails() {
        assertThat(api.postJson(path, "{\"name\":\"Empty\",\"sections\":[]}").status())
                .isEqualTo(400);
        JsonNode noQuery = api.postJson(
                        path, "{\"name\":\"X\",\"sections\":[{\"title\":\"A\",\"instructions\":\"Write.\"}]}")
                .json();
        assertThat(noQuery.get("detail").asString()).contains("Section 0", "query");
        assertThat(api.postJson(path, "{\"copyOf\":\"no-such-template\"}").status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/workspaces/" + java.util.UUID.randomUUID() + "/report-templates")
                        .status())
                .isEqualTo(404);
    }

    private void upload(String name, String content) {
        StudioFixtures.uploadReady(api, workspace, name, content);
    }
}
