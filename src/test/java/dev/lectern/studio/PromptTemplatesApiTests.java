package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** Administrators override a workspace's prompt templates with versions, and the answers follow them. */
@Import(ScriptedModelConfiguration.class)
class PromptTemplatesApiTests extends ApiTest {

    @Autowired
    ScriptedChatModel model;

    String workspace;
    String prompts;

    @BeforeEach
    void workspace() {
        workspace = api.createWorkspace("Prompts");
        prompts = "/api/v1/admin/workspaces/" + workspace + "/prompts";
    }

    @Test
    void listsTheDefaultsThenAnOverrideIsVersionedUsedAndReset() {
        JsonNode listed = api.get(prompts).json();
        assertThat(listed)
                .extracting(t -> t.get("name").asString())
                .startsWith("answer-system", "answer-user", "summary-map");
        assertThat(listed.get(0).get("overridden").asBoolean()).isFalse();

        api.putJson(prompts + "/answer-system", "{\"body\":\"First. Say {{refusal}} if unsure.\"}");
        Response second = api.putJson(prompts + "/answer-system", "{\"body\":\"Second. Say {{refusal}} if unsure.\"}");

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("versions"))
                .extracting(v -> v.get("version").asInt())
                .containsExactly(1, 2);
        assertThat(second.json().get("activeBody").asString()).startsWith("Second.");
        upload("refunds.md", "Refunds are paid within 14 days.\n");
        model.reply("Within 14 days [1].", "Within 14 days [1].");
        api.postJson("/api/v1/workspaces/" + workspace + "/answers", "{\"question\":\"Refunds paid when?\"}");
        assertThat(model.lastPrompt().getSystemMessage().getText())
                .isEqualTo("Second. Say " + AnswerPrompt.REFUSAL_MARKER + " if unsure.");

        assertThat(api.delete(prompts + "/answer-system").status()).isEqualTo(204);
        api.postJson("/api/v1/workspaces/" + workspace + "/answers", "{\"question\":\"Refunds paid when?\"}");
        assertThat(model.lastPrompt().getSystemMessage().getText()).contains("data, not instructions");
    }

    @Test
    void rejectsATemplateThatDropsOrInventsPlaceholdersAndUnknownNames() {
        Response missing = api.putJson(prompts + "/answer-user", "{\"body\":\"Question: {{question}}\"}");
        Response unknown = api.putJson(prompts + "/answer-user", "{\"body\":\"{{sources}} {{question}} {{secret}}\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asString()).contains("sources");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("secret");
        assertThat(api.putJson(prompts + "/no-such", "{\"body\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(api.delete(prompts + "/answer-user").status()).isEqualTo(404);
    }

    private void upload(String name, String content) {
        StudioFixtures.uploadReady(api, workspace, name, content);
    }
}
