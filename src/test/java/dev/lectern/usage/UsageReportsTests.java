package dev.lectern.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageReportsTests {

    static final LocalDate FIRST = LocalDate.of(2026, 2, 27);

    @Test
    void everyDayOfTheRangeHasARowAndDaysWithoutCallsAreZeros() {
        var busy = new UsageRow("2026-03-01", "2026-03-01", 5, 1, 0, 40, 10, 12, 30);

        List<UsageRow> rows = UsageReports.everyDay(FIRST, LocalDate.of(2026, 3, 2), List.of(busy));

        assertThat(rows)
                .extracting(UsageRow::group)
                .containsExactly("2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02");
        assertThat(rows.get(2)).isEqualTo(busy);
        assertThat(rows.get(0)).isEqualTo(new UsageRow("2026-02-27", "2026-02-27", 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void groupsAreNamedAndTheBusiestComesFirst() {
        List<UsageRow> rows = UsageReports.busiestFirst(
                List.of(calls("w1", 2), calls(null, 9), calls("gone", 4), calls("w2", 4)),
                Map.of("w1", "Handbook", "w2", "Contracts"),
                "(no workspace)",
                "(deleted workspace)");

        assertThat(rows)
                .extracting(UsageRow::group)
                .containsExactly("(no workspace)", "(deleted workspace)", "Contracts", "Handbook");
        assertThat(rows).extracting(UsageRow::groupId).containsExactly(null, "gone", "w2", "w1");
    }

    @Test
    void withoutAnUnknownLabelAGroupShowsItsId() {
        assertThat(UsageReports.busiestFirst(List.of(calls("ann", 1)), Map.of(), "(anonymous)", null))
                .extracting(UsageRow::group)
                .containsExactly("ann");
    }

    @Test
    void aQueryCoversAtMostAYearAndRunsForwards() {
        assertThat(new UsageQuery(FIRST, FIRST.plusDays(365), Grouping.DAY, null, null).days())
                .isEqualTo(366);
        assertThatThrownBy(() -> new UsageQuery(FIRST, FIRST.plusDays(366), Grouping.DAY, null, null))
                .hasMessageContaining("at most 366 days");
        assertThatThrownBy(() -> new UsageQuery(FIRST, FIRST.minusDays(1), Grouping.DAY, null, null))
                .hasMessageContaining("'from' must not be after 'to'");
    }

    private static UsageRow calls(String id, long requests) {
        return new UsageRow(id, id, requests, 0, 0, 0, 0, 0, 0);
    }
}
