package dev.lectern.identity.audit;

import java.time.Instant;
import java.util.UUID;

/** One entry of the audit log; username is null for events of nobody signed in. */
public record AuditEvent(UUID id, Instant occurredAt, AuditEventType type, String username, String detail) {}
