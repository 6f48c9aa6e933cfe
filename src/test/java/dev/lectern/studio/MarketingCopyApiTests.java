package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.generation.LecternChatOptions;
import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** Marketing copy and brand voice through the API with real retrieval and a scripted model. */
@Import(ScriptedModelConfiguration.class)
class MarketingCopyApiTests extends ApiTest {

    @Autowired
    ScriptedChatModel model;

    String workspace;
    String datasheet;

    @BeforeEach
    void documents() {
        workspace = api.createWorkspace("Copy");
        datasheet = upload("pump-x.md", "# Pump X\n\nPump X moves 40 litres a minute and runs for ten years.\n");
    }

    @Test
    void writesVariantsForTheChannelInTheBrandVoiceWithEveryClaimTraceable() {
        api.putJson(
                "/api/v1/workspaces/" + workspace + "/brand-voice",
                "{\"guide\":\"Short sentences. Never say 'revolutionary'.\"}");
        model.reply(
                "Pump X moves 40 litres a minute [1]. Try it today!",
                "Ten years of pumping [1]. It is the cheapest pump [7].");
        int before = model.prompts().size();

        Response response = api.postJson(
                "/api/v1/workspaces/" + workspace + "/copy",
                "{\"brief\":\"Launch post for Pump X\",\"documentIds\":[\"" + datasheet
                        + "\"],\"audience\":\"facility managers\","
                        + "\"tone\":\"confident\",\"channel\":\"LINKEDIN_POST\",\"words\":60,\"variants\":2}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode variants = response.json().get("variants");
        assertThat(variants).hasSize(2);
        assertThat(variants.get(0).get("citations").get(0).get("documentId").asString())
                .isEqualTo(datasheet);
        assertThat(variants.get(0).get("unsupported").toString()).isEqualTo("[\"Try it today!\"]");
        assertThat(variants.get(1).get("invalidCitations").toString()).isEqualTo("[7]");
        assertThat(variants.get(1).get("text").asString())
                .isEqualTo("Ten years of pumping [1]. It is the cheapest pump.");
        Prompt first = model.prompts().get(before);
        Prompt second = model.prompts().get(before + 1);
        assertThat(first.getUserMessage().getText())
                .contains("LinkedIn post", "Launch post for Pump X", "facility managers", "confident", "about 60 words")
                .contains("Never say 'revolutionary'", "Pump X moves 40 litres a minute");
        assertThat(first.getOptions().getTemperature()).isEqualTo(0.8);
        assertThat(((LecternChatOptions) first.getOptions()).getSeed())
                .isNotEqualTo(((LecternChatOptions) second.getOptions()).getSeed());
    }

    @Test
    void streamsEachVariantAsItIsWrittenThenTheCheckedVariantsThenDone() {
        model.reply("Pump X moves 40 litres a minute [1].", "Pump X wins every award in the world [1].");

        Response response = api.postJson(
                "/api/v1/workspaces/" + workspace + "/copy",
                "{\"brief\":\"Ad for Pump X\",\"documentIds\":[\"" + datasheet + "\"],\"variants\":2,"
                        + "\"channel\":\"AD_TEXT\"}",
                "text/event-stream");

        assertThat(response.contentType()).startsWith("text/event-stream");
        SentEvents events = SentEvents.of(response.body());
        assertThat(events.names()
                        .subList(events.names().size() - 2, events.names().size()))
                .containsExactly("copy", "done");
        assertThat(events.all("token"))
                .extracting(token -> token.get("variant").asInt())
                .startsWith(0)
                .endsWith(1)
                .isSorted();
        JsonNode variants = events.first("copy").get("variants");
        assertThat(variants.get(0).get("supportedShare").asDouble()).isEqualTo(1.0);
        assertThat(variants.get(1).get("supportedShare").asDouble()).isEqualTo(0.0);
        assertThat(variants.get(1).get("sentences").get(0).get("citations").toString())
                .isEqualTo("[1]");
    }

    @Test
    void brandVoiceCanBeReadReplacedAndRemoved() {
        String path = "/api/v1/workspaces/" + workspace + "/brand-voice";
        assertThat(api.get(path).status()).isEqualTo(404);
        api.putJson(path, "{\"guide\":\"Warm.\"}");
        api.putJson(path, "{\"guide\":\"Plain.\"}");
        assertThat(api.get(path).json().get("guide").asString()).isEqualTo("Plain.");
        assertThat(api.putJson(path, "{\"guide\":\" \"}").status()).isEqualTo(400);
        assertThat(api.delete(path).status()).isEqualTo(204);
        assertThat(api.get(path).status()).isEqualTo(404);
    }

    @Test
    void badBriefsGetProblemDetails() {
        String path = "/api/v1/workspaces/" + workspace + "/copy";
        assertThat(api.postJson(path, "{\"brief\":\"\"}").json().get("detail").asString())
                .contains("brief");
        assertThat(api.postJson(path, "{\"brief\":\"Post\",\"variants\":9}")
                        .json()
                        .get("detail")
                        .asString())
                .contains("variants");
        assertThat(api.postJson(path, "{\"brief\":\"Post\",\"words\":5000}").status())
                .isEqualTo(400);
        assertThat(api.postJson(path, "{\"brief\":\"Post\",\"channel\":\"FAX\"}")
                        .status())
                .isEqualTo(400);
    }

    private String upload(String name, String content) {
        return StudioFixtures.uploadReady(api, workspace, name, content);
    }
}
