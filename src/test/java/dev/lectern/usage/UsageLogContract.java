package dev.lectern.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the usage queries must answer on each database: sums, error split, percentiles, filters, retention. */
abstract class UsageLogContract {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final UUID HANDBOOK = UUID.randomUUID();
    static final UUID KEY = UUID.randomUUID();

    abstract JdbcTemplate jdbc();

    UsageLog log() {
        jdbc().update("delete from usage_events");
        return new UsageLog(jdbc());
    }

    @Test
    void sumsRequestsErrorsAndTokensPerDayWithPercentilesOfLatency() {
        UsageLog log = log();
        List<ApiCall> calls = new ArrayList<>();
        for (int latency = 1; latency <= 100; latency++) {
            int status = latency <= 3 ? 500 : latency <= 10 ? 404 : 200;
            calls.add(call(MONDAY, "ann", null, status, latency, 10, 2));
        }
        calls.add(call(MONDAY.plusDays(1), "bob", HANDBOOK, 200, 7, 0, 0));
        log.append(calls);

        var summary = log.summarize(new UsageQuery(MONDAY, MONDAY.plusDays(6), Grouping.DAY, null, null));

        UsageRow monday = row(summary.groups(), MONDAY.toString());
        assertThat(monday.requests()).isEqualTo(100);
        assertThat(monday.serverErrors()).isEqualTo(3);
        assertThat(monday.clientErrors()).isEqualTo(7);
        assertThat(monday.promptTokens()).isEqualTo(1000);
        assertThat(monday.completionTokens()).isEqualTo(200);
        assertThat(monday.latencyP50Ms()).isEqualTo(51); // 50.5, interpolated between the middle two
        assertThat(monday.latencyP95Ms()).isEqualTo(95); // 95.05
        assertThat(row(summary.groups(), MONDAY.plusDays(1).toString()).latencyP50Ms())
                .isEqualTo(7);
        assertThat(summary.groups()).hasSize(2);
        assertThat(summary.totals().requests()).isEqualTo(101);
        assertThat(summary.totals().latencyP50Ms()).isEqualTo(50);
    }

    @Test
    void groupsByUserWorkspaceKeyAndRouteAndFilters() {
        UsageLog log = log();
        log.append(List.of(
                call(MONDAY, "ann", HANDBOOK, 200, 5, 0, 0),
                call(MONDAY, "ann", null, 200, 5, 0, 0),
                call(MONDAY, "bob", HANDBOOK, 200, 5, 0, 0),
                call(MONDAY, null, null, 401, 1, 0, 0)));

        var week = new UsageQuery(MONDAY, MONDAY.plusDays(6), Grouping.USER, null, null);
        assertThat(log.summarize(week).groups())
                .extracting(UsageRow::groupId, UsageRow::requests)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("ann", 2L),
                        org.assertj.core.groups.Tuple.tuple("bob", 1L),
                        org.assertj.core.groups.Tuple.tuple(null, 1L));
        var workspaces = log.summarize(new UsageQuery(MONDAY, MONDAY, Grouping.WORKSPACE, "ann", null));
        assertThat(workspaces.groups())
                .extracting(UsageRow::groupId, UsageRow::requests)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(HANDBOOK.toString(), 1L),
                        org.assertj.core.groups.Tuple.tuple(null, 1L));
        var keys = log.summarize(new UsageQuery(MONDAY, MONDAY, Grouping.KEY, null, HANDBOOK));
        assertThat(keys.groups()).extracting(UsageRow::groupId).containsExactly(KEY.toString());
        assertThat(keys.totals().requests()).isEqualTo(2);
        var routes = log.summarize(new UsageQuery(MONDAY, MONDAY, Grouping.ROUTE, null, null));
        assertThat(routes.groups()).extracting(UsageRow::groupId).containsExactly("GET /api/v1/workspaces");
    }

    @Test
    void anEmptyRangeHasZeroTotalsAndNoGroups() {
        var summary = log().summarize(new UsageQuery(MONDAY, MONDAY, Grouping.DAY, null, null));

        assertThat(summary.groups()).isEmpty();
        assertThat(summary.totals()).isEqualTo(new UsageRow(null, null, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void deletesDaysBeforeTheRetention() {
        UsageLog log = log();
        log.append(
                List.of(call(MONDAY.minusDays(1), "ann", null, 200, 5, 0, 0), call(MONDAY, "ann", null, 200, 5, 0, 0)));

        assertThat(log.deleteBefore(MONDAY)).isEqualTo(1);
        assertThat(log.summarize(new UsageQuery(MONDAY.minusDays(1), MONDAY, Grouping.DAY, null, null))
                        .totals()
                        .requests())
                .isEqualTo(1);
    }

    static ApiCall call(LocalDate day, String user, UUID workspace, int status, int latency, int prompt, int written) {
        Instant at = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        UUID key = workspace == null ? null : KEY;
        return new ApiCall(at, user, key, workspace, null, "GET /api/v1/workspaces", status, latency, prompt, written);
    }

    private static UsageRow row(List<UsageRow> rows, String groupId) {
        return rows.stream()
                .filter(row -> groupId.equals(row.groupId()))
                .findFirst()
                .orElseThrow();
    }
}
