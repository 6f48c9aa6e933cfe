package dev.lectern.usage;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The recorded API calls: appended in batches, summed up by the database (counts, tokens and latency
 * percentiles, which H2 and PostgreSQL both compute with {@code percentile_cont}), deleted after the retention.
 */
@Repository
public class UsageLog {

    private static final String SUMS = "count(*) as requests,"
            + " coalesce(sum(case when status >= 400 and status < 500 then 1 else 0 end), 0) as client_errors,"
            + " coalesce(sum(case when status >= 500 then 1 else 0 end), 0) as server_errors,"
            + " coalesce(sum(prompt_tokens), 0) as prompt_tokens,"
            + " coalesce(sum(completion_tokens), 0) as completion_tokens,"
            + " percentile_cont(0.5) within group (order by latency_ms) as p50,"
            + " percentile_cont(0.95) within group (order by latency_ms) as p95";

    private final JdbcTemplate jdbc;

    UsageLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Calls whose workspace is still to be looked up are stored without one. */
    public void append(List<ApiCall> calls) {
        jdbc.batchUpdate(
                "insert into usage_events (id, occurred_at, usage_day, username, api_key_id, workspace_id, route, status,"
                        + " latency_ms, prompt_tokens, completion_tokens) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                calls,
                calls.size(),
                (statement, call) -> {
                    statement.setObject(1, UUID.randomUUID());
                    statement.setTimestamp(2, Timestamp.from(call.occurredAt()));
                    statement.setDate(3, Date.valueOf(LocalDate.ofInstant(call.occurredAt(), ZoneOffset.UTC)));
                    statement.setString(4, call.username());
                    statement.setObject(5, call.apiKeyId());
                    statement.setObject(6, call.workspaceId());
                    statement.setString(7, call.route());
                    statement.setInt(8, call.status());
                    statement.setInt(9, (int) Math.min(Integer.MAX_VALUE, call.latencyMs()));
                    statement.setInt(10, (int) Math.min(Integer.MAX_VALUE, call.promptTokens()));
                    statement.setInt(11, (int) Math.min(Integer.MAX_VALUE, call.completionTokens()));
                });
    }

    /** Deletes the calls of days before the given one; answers how many. */
    public int deleteBefore(LocalDate day) {
        return jdbc.update("delete from usage_events where usage_day < ?", Date.valueOf(day));
    }

    /** Sums per group, in no particular order, and over everything the query covers. */
    public record Summary(List<UsageRow> groups, UsageRow totals) {}

    public Summary summarize(UsageQuery query) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        String column = query.groupBy().column;
        List<UsageRow> groups = jdbc.query(
                "select " + column + " as group_id, " + SUMS + " from usage_events" + where + " group by " + column,
                (rs, row) -> row(rs, rs.getString("group_id")),
                args.toArray());
        UsageRow totals = jdbc.queryForObject(
                "select " + SUMS + " from usage_events" + where, (rs, row) -> row(rs, null), args.toArray());
        return new Summary(groups, totals);
    }

    private static String where(UsageQuery query, List<Object> args) {
        StringBuilder where = new StringBuilder(" where usage_day >= ? and usage_day <= ?");
        args.add(Date.valueOf(query.from()));
        args.add(Date.valueOf(query.to()));
        if (query.username() != null) {
            where.append(" and username = ?");
            args.add(query.username());
        }
        if (query.workspaceId() != null) {
            where.append(" and workspace_id = ?");
            args.add(query.workspaceId());
        }
        return where.toString();
    }

    private static UsageRow row(ResultSet rs, String groupId) throws SQLException {
        return new UsageRow(
                groupId,
                groupId,
                rs.getLong("requests"),
                rs.getLong("client_errors"),
                rs.getLong("server_errors"),
                rs.getLong("prompt_tokens"),
                rs.getLong("completion_tokens"),
                Math.round(rs.getDouble("p50")), // null (no calls) reads as 0
                Math.round(rs.getDouble("p95")));
    }
}
