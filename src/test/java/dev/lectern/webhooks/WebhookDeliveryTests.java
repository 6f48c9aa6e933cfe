package dev.lectern.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.studio.ScriptedChatModel;
import dev.lectern.studio.ScriptedModelConfiguration;
import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end: registered over the API, triggered by real uploads and reports, delivered to a local
 * receiver. Loopback is allowed and the backoff is short so that retries happen within the test.
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
class WebhookDeliveryTests extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    ScriptedChatModel model;

    String workspace;

    @BeforeEach
    void workspace() {
        workspace = api.createWorkspace("Webhooks");
    }

    @Test
    void deliversASignedDocumentReadyEventThatVerifiesWithTheSecretShownOnce() {
        try (var receiver = new Receiver(200)) {
            Response registered = register(receiver, "document.ready");
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            String secret = registered.json().get("secret").asString();
            String hook = registered.json().get("id").asString();

            String document = upload("ready.md", "# Ready\n\nThis document becomes searchable.");

            eventually(() -> receiver.received().size() == 1);
            Receiver.Received call = receiver.received().getFirst();
            assertThat(WebhookSignature.verifies(secret, call.signature(), call.body()))
                    .isTrue();
            assertThat(WebhookSignature.verifies(secret, call.signature(), call.body() + " "))
                    .isFalse();
            JsonNode event = JSON.readTree(call.body());
            assertThat(event.get("type").asString()).isEqualTo("document.ready");
            assertThat(event.get("workspaceId").asString()).isEqualTo(workspace);
            assertThat(event.get("data").get("documentId").asString()).isEqualTo(document);
            assertThat(event.get("data").get("chunkCount").asInt()).isPositive();
            assertThat(event.get("time").asString()).isNotBlank();
            assertThat(api.get(webhooks()).body()).contains(hook).doesNotContain(secret);
            eventually(() -> deliveries(hook).get(0).get("state").asString().equals("DELIVERED"));
            JsonNode delivery = deliveries(hook).get(0);
            assertThat(delivery.get("eventId").asString())
                    .isEqualTo(event.get("id").asString());
            assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
            assertThat(delivery.get("lastStatus").asInt()).isEqualTo(200);
        }
    }

    @Test
    void aServerErrorIsRetriedAndTheEventDeliveredOnce() throws InterruptedException {
        try (var receiver = new Receiver(200, 500)) {
            String hook = register(receiver, "document.ready").json().get("id").asString();

            upload("retried.md", "# Retried\n\nThe receiver fails once.");

            eventually(() -> deliveries(hook).size() == 1
                    && deliveries(hook).get(0).get("state").asString().equals("DELIVERED"));
            Thread.sleep(1000); // longer than the backoff: a second delivery would have come by now
            List<Receiver.Received> calls = receiver.received();
            assertThat(calls).hasSize(2);
            assertThat(calls.get(1).body()).isEqualTo(calls.get(0).body());
            assertThat(deliveries(hook).get(0).get("attempts").asInt()).isEqualTo(2);
        }
    }

    @Test
    void aReceiverThatAlwaysFailsEndsFailedAfterTheLastAttempt() throws InterruptedException {
        try (var receiver = new Receiver(500)) {
            String hook = register(receiver, "document.ready").json().get("id").asString();

            upload("refused.md", "# Refused\n\nThe receiver never accepts.");

            eventually(() -> deliveries(hook).size() == 1
                    && deliveries(hook).get(0).get("state").asString().equals("FAILED"));
            Thread.sleep(1000);
            JsonNode delivery = deliveries(hook).get(0);
            assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
            assertThat(delivery.get("lastStatus").asInt()).isEqualTo(500);
            assertThat(delivery.get("lastError").asString()).contains("500");
            assertThat(receiver.received()).hasSize(3);
        }
    }

    @Test
    void aFailedDocumentAndAGeneratedReportReachOnlyWebhooksSubscribedToThem() throws InterruptedException {
        try (var failures = new Receiver(200);
                var reports = new Receiver(200)) {
            register(failures, "document.failed");
            register(reports, "report.generated");

            String broken = upload("broken.pdf", "%PDF-1.7\nthis is no PDF at all");
            String policy = upload("policy.md", "# Policy\n\nThis policy applies to all staff.");
            assertThat(api.awaitProcessed(broken, PATIENCE).get("status").asString())
                    .isEqualTo("FAILED");
            assertThat(api.awaitProcessed(policy, PATIENCE).get("status").asString())
                    .isEqualTo("READY");
            model.reply("Scope [1].", "Rules [1].", "Exceptions [1].");
            Response report = api.postJson(
                    "/api/v1/workspaces/" + workspace + "/reports",
                    "{\"template\":\"policy-digest\",\"title\":\"Hooked\"}");
            model.forgetReplies();

            assertThat(report.status()).as(report.body()).isEqualTo(201);
            eventually(
                    () -> failures.received().size() == 1 && reports.received().size() == 1);
            Thread.sleep(500); // the READY policy and the report must not reach the failures' receiver, and so on
            assertThat(failures.received()).hasSize(1);
            assertThat(reports.received()).hasSize(1);
            JsonNode failed = JSON.readTree(failures.received().getFirst().body());
            assertThat(failed.get("type").asString()).isEqualTo("document.failed");
            assertThat(failed.get("data").get("documentId").asString()).isEqualTo(broken);
            assertThat(failed.get("data").get("error").asString()).isNotBlank();
            JsonNode generated = JSON.readTree(reports.received().getFirst().body());
            assertThat(generated.get("type").asString()).isEqualTo("report.generated");
            assertThat(generated.get("data").get("reportId").asString())
                    .isEqualTo(report.json().get("report").get("id").asString());
            assertThat(generated.get("data").get("title").asString()).isEqualTo("Hooked");
        }
    }

    @Test
    void refusesUnknownEventsAndBadUrlsAndForgetsDeletedWebhooks() {
        try (var receiver = new Receiver(200)) {
            Response unknown =
                    api.postJson(webhooks(), "{\"url\":\"" + receiver.url() + "\",\"events\":[\"document.exploded\"]}");
            Response ftp =
                    api.postJson(webhooks(), "{\"url\":\"ftp://example.com/x\",\"events\":[\"document.ready\"]}");
            String hook = register(receiver, "document.ready").json().get("id").asString();

            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.json().get("type").asString()).endsWith("/invalid-webhook-events");
            assertThat(ftp.status()).isEqualTo(400);
            assertThat(ftp.json().get("type").asString()).endsWith("/invalid-webhook-url");
            assertThat(api.delete(webhooks() + "/" + hook).status()).isEqualTo(204);
            assertThat(api.get(webhooks() + "/" + hook + "/deliveries").status())
                    .isEqualTo(404);
            assertThat(api.get(webhooks()).json()).isEmpty();
        }
    }

    /** Polls until the condition holds, failing after a minute. */
    private static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + PATIENCE);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private Response register(Receiver receiver, String event) {
        return api.postJson(webhooks(), "{\"url\":\"" + receiver.url() + "\",\"events\":[\"" + event + "\"]}");
    }

    private String webhooks() {
        return "/api/v1/workspaces/" + workspace + "/webhooks";
    }

    private JsonNode deliveries(String hook) {
        return api.get(webhooks() + "/" + hook + "/deliveries").json();
    }

    private String upload(String name, String content) {
        Response uploaded = api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                name,
                content.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isIn(200, 201, 202);
        return uploaded.json().get("id").asString();
    }
}
