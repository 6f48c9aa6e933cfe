package dev.lectern.identity.keys;

import dev.lectern.identity.Scope;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A key as stored: never its secret, only a hint (its first characters) that lets its owner recognise it.
 */
public record ApiKey(
        UUID id,
        String username,
        String name,
        String hint,
        Set<Scope> scopes,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
