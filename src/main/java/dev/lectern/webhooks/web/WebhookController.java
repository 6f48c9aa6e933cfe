package dev.lectern.webhooks.web;

import dev.lectern.shared.LecternProblem;
import dev.lectern.webhooks.Delivery;
import dev.lectern.webhooks.Webhook;
import dev.lectern.webhooks.WebhookDeliveries;
import dev.lectern.webhooks.WebhookEvent;
import dev.lectern.webhooks.Webhooks;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A workspace's webhooks, managed by its administrators: register (the secret is in that response only), list,
 * change, rotate the secret, delete, and read the delivery log. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/webhooks")
class WebhookController {

    private static final int MAX_DELIVERIES = 500;

    private final Workspaces workspaces;
    private final Webhooks webhooks;
    private final WebhookDeliveries deliveries;

    WebhookController(Workspaces workspaces, Webhooks webhooks, WebhookDeliveries deliveries) {
        this.workspaces = workspaces;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    record NewWebhook(String url, List<String> events) {}

    /** What to change; a field left out stays as it is. */
    record ChangedWebhook(String url, List<String> events) {}

    record NewSecret(UUID id, String secret) {}

    record WebhookView(UUID id, String url, List<String> events, Instant createdAt) {
        static WebhookView of(Webhook webhook) {
            return new WebhookView(
                    webhook.id(),
                    webhook.url(),
                    webhook.events().stream().map(WebhookEvent::wireName).toList(),
                    webhook.createdAt());
        }
    }

    record RegisteredView(UUID id, String url, List<String> events, Instant createdAt, String secret) {}

    @PostMapping
    ResponseEntity<RegisteredView> register(
            @PathVariable UUID workspaceId, @RequestBody NewWebhook body, Authentication caller) {
        existing(workspaceId);
        Webhooks.Registered registered = webhooks.register(workspaceId, body.url(), body.events(), caller.getName());
        WebhookView view = WebhookView.of(registered.webhook());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/webhooks/" + view.id()))
                .body(new RegisteredView(view.id(), view.url(), view.events(), view.createdAt(), registered.secret()));
    }

    @GetMapping
    List<WebhookView> list(@PathVariable UUID workspaceId) {
        existing(workspaceId);
        return webhooks.inWorkspace(workspaceId).stream().map(WebhookView::of).toList();
    }

    @GetMapping("/{id}")
    WebhookView get(@PathVariable UUID workspaceId, @PathVariable UUID id) {
        return WebhookView.of(webhooks.require(workspaceId, id));
    }

    @PatchMapping("/{id}")
    WebhookView change(@PathVariable UUID workspaceId, @PathVariable UUID id, @RequestBody ChangedWebhook body) {
        return WebhookView.of(webhooks.change(workspaceId, id, body.url(), body.events()));
    }

    /** The old secret stops working at once: receivers verify with the new one from the next delivery on. */
    @PostMapping("/{id}/secret")
    NewSecret rotateSecret(@PathVariable UUID workspaceId, @PathVariable UUID id) {
        return new NewSecret(id, webhooks.rotateSecret(workspaceId, id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID workspaceId, @PathVariable UUID id) {
        if (!webhooks.delete(workspaceId, id)) {
            throw LecternProblem.notFound("webhook", id);
        }
        return ResponseEntity.noContent().build();
    }

    /** The delivery log, newest first. */
    @GetMapping("/{id}/deliveries")
    List<Delivery> deliveries(
            @PathVariable UUID workspaceId, @PathVariable UUID id, @RequestParam(defaultValue = "50") int size) {
        if (size < 1 || size > MAX_DELIVERIES) {
            throw new LecternProblem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-parameter",
                    "Invalid parameter",
                    "'size' must be between 1 and %d.".formatted(MAX_DELIVERIES));
        }
        return deliveries.of(webhooks.require(workspaceId, id).id(), size);
    }

    private void existing(UUID workspaceId) {
        workspaces.requireExists(new WorkspaceId(workspaceId));
    }
}
