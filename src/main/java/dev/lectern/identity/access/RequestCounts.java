package dev.lectern.identity.access;

import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * API requests per caller and one-minute window, summed over the replicas in PostgreSQL (the table is unlogged:
 * a count lost in a crash only lets a minute's requests through again).
 */
final class RequestCounts {

    private final JdbcTemplate jdbc;

    RequestCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds this replica's requests of the window (zero just reads) and answers every replica's totals. */
    Map<String, Long> add(long windowStart, Map<String, Long> requests) {
        String[] callers = requests.keySet().toArray(String[]::new);
        Long[] hits = new Long[callers.length];
        for (int i = 0; i < callers.length; i++) {
            hits[i] = requests.get(callers[i]);
        }
        // one statement for all callers, so that a sync costs one round trip however many callers there are
        return jdbc.query(
                connection -> {
                    PreparedStatement statement =
                            connection.prepareStatement("insert into rate_limit_windows (caller, window_start, hits)"
                                    + " select caller, ?, hits from unnest(?::text[], ?::bigint[]) as t (caller, hits)"
                                    + " on conflict (caller, window_start)"
                                    + " do update set hits = rate_limit_windows.hits + excluded.hits"
                                    + " returning caller, hits");
                    statement.setLong(1, windowStart);
                    statement.setArray(2, connection.createArrayOf("text", callers));
                    statement.setArray(3, connection.createArrayOf("bigint", hits));
                    return statement;
                },
                rs -> {
                    Map<String, Long> totals = new HashMap<>();
                    while (rs.next()) {
                        totals.put(rs.getString("caller"), rs.getLong("hits"));
                    }
                    return totals;
                });
    }

    /** Drops the windows that ended before this one started. */
    void forgetBefore(long windowStart) {
        jdbc.update("delete from rate_limit_windows where window_start < ?", windowStart);
    }
}
