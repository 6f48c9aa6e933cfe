package dev.lectern.usage;

import java.time.Instant;
import java.util.UUID;

/**
 * One API call as recorded: who made it (user and key, when known), the workspace it concerns, its route
 * pattern (never the raw URL, which holds ids and queries), outcome, duration and the model's tokens.
 *
 * @param resource for a call on {@code /api/v1/<collection>/<id>}: the collection and id whose workspace the
 *     recorder looks up off the request thread; null otherwise
 */
public record ApiCall(
        Instant occurredAt,
        String username,
        UUID apiKeyId,
        UUID workspaceId,
        Resource resource,
        String route,
        int status,
        long latencyMs,
        long promptTokens,
        long completionTokens) {

    /** A resource outside a workspace's own URL, such as {@code documents/<id>}. */
    public record Resource(String collection, UUID id) {}

    public ApiCall withWorkspace(UUID workspace) {
        return new ApiCall(
                occurredAt,
                username,
                apiKeyId,
                workspace,
                null,
                route,
                status,
                latencyMs,
                promptTokens,
                completionTokens);
    }
}
