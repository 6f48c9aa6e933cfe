package dev.lectern.webhooks;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An endpoint of another system that is told about the events it subscribed to in one workspace. */
public record Webhook(UUID id, UUID workspaceId, String url, Set<WebhookEvent> events, Instant createdAt) {}
