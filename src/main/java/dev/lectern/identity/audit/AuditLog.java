package dev.lectern.identity.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Appends security events and finds them again by type, user and time; it never changes an entry. */
@Repository
public class AuditLog {

    private static final int MAX_DETAIL = 1000;

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(AuditEventType type, String username, String detail) {
        String text = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        jdbc.update(
                "insert into audit_events (id, occurred_at, type, username, detail) values (?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                Timestamp.from(Instant.now()),
                type.name(),
                username,
                text);
    }

    /** What to look for; null fields do not filter. */
    public record Query(AuditEventType type, String username, Instant from, Instant to) {}

    /** Newest first. */
    public List<AuditEvent> find(Query query, long offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        args.add(offset);
        args.add(limit);
        return jdbc.query(
                "select id, occurred_at, type, username, detail from audit_events" + where
                        + " order by occurred_at desc, id offset ? rows fetch next ? rows only",
                (rs, row) -> new AuditEvent(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("occurred_at").toInstant(),
                        AuditEventType.valueOf(rs.getString("type")),
                        rs.getString("username"),
                        rs.getString("detail")),
                args.toArray());
    }

    public long count(Query query) {
        List<Object> args = new ArrayList<>();
        Long count = jdbc.queryForObject(
                "select count(*) from audit_events" + where(query, args), Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    private static String where(Query query, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (query.type() != null) {
            conditions.add("type = ?");
            args.add(query.type().name());
        }
        if (query.username() != null) {
            conditions.add("username = ?");
            args.add(query.username());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= ?");
            args.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            conditions.add("occurred_at < ?");
            args.add(Timestamp.from(query.to()));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
