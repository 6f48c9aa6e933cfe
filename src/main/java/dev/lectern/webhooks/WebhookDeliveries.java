package dev.lectern.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable outbox of deliveries in the application's database. Claims use {@code FOR UPDATE SKIP LOCKED}
 * (PostgreSQL and H2), so workers in this process or other replicas never send the same delivery at once, and
 * a lease that runs out (the worker died) makes the delivery due again.
 */
@Repository
public class WebhookDeliveries {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    WebhookDeliveries(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** A delivery claimed by a worker: the try it is on (1 for the first) and the exact body to send. */
    record Claimed(UUID id, UUID webhookId, String payload, int attempt) {}

    void enqueue(UUID webhookId, UUID eventId, WebhookEvent type, String payload) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into webhook_deliveries (id, webhook_id, event_id, event_type, payload, state, attempts,"
                        + " run_after, created_at, updated_at) values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)",
                UUID.randomUUID(),
                webhookId,
                eventId,
                type.wireName(),
                payload,
                now,
                now,
                now);
    }

    Optional<Claimed> claim(Duration lease) {
        return transaction.execute(status -> {
            Timestamp now = Timestamp.from(Instant.now());
            List<Claimed> due = jdbc.query(
                    "select id, webhook_id, payload, attempts from webhook_deliveries"
                            + " where (state = 'PENDING' and run_after <= ?) or (state = 'SENDING' and locked_until < ?)"
                            + " order by run_after limit 1 for update skip locked",
                    (rs, row) -> new Claimed(
                            rs.getObject("id", UUID.class),
                            rs.getObject("webhook_id", UUID.class),
                            rs.getString("payload"),
                            rs.getInt("attempts") + 1),
                    now,
                    now);
            if (due.isEmpty()) {
                return Optional.empty();
            }
            Claimed claimed = due.getFirst();
            jdbc.update(
                    "update webhook_deliveries set state = 'SENDING', attempts = ?, locked_until = ?, updated_at = ?"
                            + " where id = ?",
                    claimed.attempt(),
                    Timestamp.from(now.toInstant().plus(lease)),
                    now,
                    claimed.id());
            return Optional.of(claimed);
        });
    }

    void delivered(Claimed delivery, int status) {
        Timestamp now = Timestamp.from(Instant.now());
        finish(delivery, "DELIVERED", status, null, now, now);
    }

    void retryLater(Claimed delivery, Integer status, String error, Duration delay) {
        Instant now = Instant.now();
        finish(delivery, "PENDING", status, error, Timestamp.from(now.plus(delay)), null);
    }

    void failed(Claimed delivery, Integer status, String error) {
        finish(delivery, "FAILED", status, error, Timestamp.from(Instant.now()), null);
    }

    /** The webhook's deliveries, newest first. */
    public List<Delivery> of(UUID webhookId, int limit) {
        return jdbc.query(
                "select id, event_id, event_type, state, attempts, last_status, last_error, run_after, created_at,"
                        + " delivered_at from webhook_deliveries where webhook_id = ? order by created_at desc limit ?",
                WebhookDeliveries::delivery,
                webhookId,
                limit);
    }

    private void finish(
            Claimed delivery, String state, Integer status, String error, Timestamp runAfter, Timestamp at) {
        jdbc.update(
                "update webhook_deliveries set state = ?, last_status = ?, last_error = ?, run_after = ?,"
                        + " locked_until = null, delivered_at = ?, updated_at = ? where id = ?",
                state,
                status,
                error == null || error.length() <= 1000 ? error : error.substring(0, 1000),
                runAfter,
                at,
                Timestamp.from(Instant.now()),
                delivery.id());
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        String state = rs.getString("state");
        Timestamp delivered = rs.getTimestamp("delivered_at");
        return new Delivery(
                rs.getObject("id", UUID.class),
                rs.getObject("event_id", UUID.class),
                rs.getString("event_type"),
                state,
                rs.getInt("attempts"),
                (Integer) rs.getObject("last_status", Integer.class),
                rs.getString("last_error"),
                state.equals("PENDING") ? rs.getTimestamp("run_after").toInstant() : null,
                rs.getTimestamp("created_at").toInstant(),
                delivered == null ? null : delivered.toInstant());
    }
}
