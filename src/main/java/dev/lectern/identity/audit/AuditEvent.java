package dev.lectern.identity.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of the audit log; username is null for events of nobody signed in. */
public record AuditEvent(
        UUID id,
        Instant occurredAt,
        AuditEventType type,
        @Nullable String username,
        String detail) {}
