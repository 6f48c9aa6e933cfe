package dev.lectern.identity.keys;

import dev.lectern.identity.Scope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** API keys: issued with their secret shown once, looked up by the secret's hash, revoked by their owner. */
@Repository
public class ApiKeys {

    /** Last use is written at most this often per key, so that a busy integration does not write every call. */
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private static final String COLUMNS = "select id, username, name, hint, scopes, created_at, expires_at,"
            + " last_used_at, revoked_at from api_keys";

    private final JdbcTemplate jdbc;

    ApiKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new key and its secret, which exists nowhere else once this response is gone. */
    public record Issued(ApiKey key, String secret) {}

    public Issued issue(String username, String name, Set<Scope> scopes, Instant expiresAt) {
        String secret = ApiKeySecrets.generate();
        Instant now = Instant.now();
        var key = new ApiKey(
                UUID.randomUUID(), username, name, ApiKeySecrets.hint(secret), scopes, now, expiresAt, null, null);
        jdbc.update(
                "insert into api_keys (id, username, name, hint, secret_hash, scopes, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                key.id(),
                username,
                name,
                key.hint(),
                ApiKeySecrets.hash(secret),
                scopes.stream().map(Scope::value).sorted().collect(Collectors.joining(",")),
                Timestamp.from(now),
                Timestamp.from(expiresAt));
        return new Issued(key, secret);
    }

    /** The key with this secret, whatever its state; empty for a secret never issued. */
    public Optional<ApiKey> findBySecret(String secret) {
        return jdbc.query(COLUMNS + " where secret_hash = ?", ApiKeys::key, ApiKeySecrets.hash(secret)).stream()
                .findFirst();
    }

    public List<ApiKey> ofUser(String username) {
        return jdbc.query(COLUMNS + " where username = ? order by created_at", ApiKeys::key, username);
    }

    public Optional<ApiKey> find(UUID id) {
        return jdbc.query(COLUMNS + " where id = ?", ApiKeys::key, id).stream().findFirst();
    }

    public void revoke(UUID id) {
        jdbc.update("update api_keys set revoked_at = ? where id = ? and revoked_at is null", now(), id);
    }

    public void recordUse(ApiKey key, Instant at) {
        if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(at.minus(LAST_USE_RESOLUTION))) {
            jdbc.update("update api_keys set last_used_at = ? where id = ?", Timestamp.from(at), key.id());
        }
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static ApiKey key(ResultSet rs, int row) throws SQLException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Arrays.stream(rs.getString("scopes").split(","))
                .filter(value -> !value.isBlank())
                .forEach(value -> scopes.add(Scope.of(value)));
        return new ApiKey(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("name"),
                rs.getString("hint"),
                scopes,
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
