package dev.lectern.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.studio.ScriptedModelConfiguration;
import dev.lectern.support.Api;
import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Changing a webhook and rotating its secret over the API, and the audit trail of who created, changed, rotated
 * and deleted it. Same settings as {@link WebhookDeliveryTests}, so that both share one application.
 */
@Import(ScriptedModelConfiguration.class)
@TestPropertySource(
        properties = {
            "lectern.webhooks.allow-private-addresses=true",
            "lectern.webhooks.first-retry=200ms",
            "lectern.webhooks.max-retry=400ms",
            "lectern.webhooks.max-attempts=3",
            "lectern.webhooks.poll-interval=100ms"
        })
class WebhookChangesTests extends ApiTest {

    String workspace;

    @BeforeEach
    void workspace() {
        workspace = api.createWorkspace("Webhook changes");
    }

    @Test
    void aChangedWebhookGetsItsNewEventsSignedWithTheRotatedSecret() throws InterruptedException {
        try (var receiver = new Receiver(200)) {
            Response registered =
                    api.postJson(webhooks(), "{\"url\":\"" + receiver.url() + "\",\"events\":[\"report.generated\"]}");
            String hook = registered.json().get("id").asString();
            String oldSecret = registered.json().get("secret").asString();

            Response changed = api.patchJson(webhooks() + "/" + hook, "{\"events\":[\"document.ready\"]}");
            Response rotated = api.postJson(webhooks() + "/" + hook + "/secret", "{}");
            String newSecret = rotated.json().get("secret").asString();
            upload("rotated.md", "# Rotated\n\nDelivered with the new secret.");

            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.json().get("events").get(0).asString()).isEqualTo("document.ready");
            assertThat(changed.json().get("url").asString())
                    .isEqualTo(receiver.url().toString());
            assertThat(rotated.status()).isEqualTo(200);
            assertThat(newSecret).isNotBlank().isNotEqualTo(oldSecret);
            awaitCalls(receiver);
            Receiver.Received call = receiver.received().getFirst();
            assertThat(WebhookSignature.verifies(newSecret, call.signature(), call.body()))
                    .isTrue();
            assertThat(WebhookSignature.verifies(oldSecret, call.signature(), call.body()))
                    .isFalse();
        }
    }

    @Test
    void creatingChangingRotatingAndDeletingAreAuditedWithWhoDidIt() {
        Instant before = Instant.now();
        try (var receiver = new Receiver(200)) {
            String hook = api.postJson(
                            webhooks(), "{\"url\":\"" + receiver.url() + "\",\"events\":[\"document.ready\"]}")
                    .json()
                    .get("id")
                    .asString();
            api.patchJson(webhooks() + "/" + hook, "{\"url\":\"" + receiver.url() + "?v=2\"}");
            Response refused = api.patchJson(webhooks() + "/" + hook, "{\"url\":\"ftp://example.com/x\"}");
            api.postJson(webhooks() + "/" + hook + "/secret", "{}");
            api.delete(webhooks() + "/" + hook);

            JsonNode events =
                    api.get("/api/v1/admin/audit?from=" + before).json().get("items");

            assertThat(refused.status()).isEqualTo(400);
            assertThat(events)
                    .filteredOn(event -> event.get("detail").asString().contains(hook))
                    .extracting(event -> event.get("type").asString())
                    .as("newest first, the refused change not among them")
                    .containsExactly("WEBHOOK_DELETED", "WEBHOOK_SECRET_ROTATED", "WEBHOOK_CHANGED", "WEBHOOK_CREATED");
            assertThat(events)
                    .filteredOn(event -> event.get("detail").asString().contains(hook))
                    .allSatisfy(event ->
                            assertThat(event.get("username").asString()).isEqualTo(Api.ADMIN));
        }
    }

    private void awaitCalls(Receiver receiver) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (receiver.received().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(receiver.received()).hasSize(1);
    }

    private String webhooks() {
        return "/api/v1/workspaces/" + workspace + "/webhooks";
    }

    private void upload(String name, String content) {
        Response uploaded = api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                name,
                content.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isIn(200, 201, 202);
    }
}
