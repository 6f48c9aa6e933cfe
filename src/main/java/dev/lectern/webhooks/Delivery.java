package dev.lectern.webhooks;

import java.time.Instant;
import java.util.UUID;

/**
 * One event on its way to one webhook: PENDING until due, SENDING while a worker holds it, then DELIVERED or,
 * after the last try, FAILED. The last try's HTTP status (null when no answer came) and error are kept.
 */
public record Delivery(
        UUID id,
        UUID eventId,
        String type,
        String state,
        int attempts,
        Integer lastStatus,
        String lastError,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant deliveredAt) {}
