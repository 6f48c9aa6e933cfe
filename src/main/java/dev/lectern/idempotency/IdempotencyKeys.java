package dev.lectern.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored first responses per caller and key. Keys older than the retention are forgotten. */
@Repository
class IdempotencyKeys {

    /** What is stored under a key: status null while the first request is still running. */
    record Stored(String fingerprint, Integer status, String contentType, String body) {}

    private final JdbcTemplate jdbc;
    private final Duration retention;

    IdempotencyKeys(JdbcTemplate jdbc, IdempotencySettings settings) {
        this.jdbc = jdbc;
        this.retention = settings.retention();
    }

    /** Claims the key for a first request; empty when claimed, else what an earlier request stored. */
    Optional<Stored> claim(String caller, String key, String fingerprint) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "delete from idempotency_keys where created_at < ?",
                Timestamp.from(now.toInstant().minus(retention)));
        try {
            jdbc.update(
                    "insert into idempotency_keys (caller, idem_key, fingerprint, created_at) values (?, ?, ?, ?)",
                    caller,
                    key,
                    fingerprint,
                    now);
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            List<Stored> stored = jdbc.query(
                    "select fingerprint, status, content_type, body from idempotency_keys where caller = ? and idem_key = ?",
                    (rs, row) -> new Stored(
                            rs.getString("fingerprint"),
                            (Integer) rs.getObject("status", Integer.class),
                            rs.getString("content_type"),
                            rs.getString("body")),
                    caller,
                    key);
            // deleted in between (expired): treat as in progress, the client retries
            return Optional.of(stored.isEmpty() ? new Stored(fingerprint, null, null, null) : stored.getFirst());
        }
    }

    void complete(String caller, String key, int status, String contentType, String body) {
        jdbc.update(
                "update idempotency_keys set status = ?, content_type = ?, body = ? where caller = ? and idem_key = ?",
                status,
                contentType,
                body,
                caller,
                key);
    }

    /** Frees the key after a server error, so that the client may try again with it. */
    void release(String caller, String key) {
        jdbc.update("delete from idempotency_keys where caller = ? and idem_key = ?", caller, key);
    }
}
