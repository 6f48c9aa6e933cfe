package dev.lectern.usage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The calls a report covers: the UTC days from and to (both included), optionally one user's or one workspace's.
 */
public record UsageQuery(LocalDate from, LocalDate to, Grouping groupBy, String username, UUID workspaceId) {

    /** Longer ranges would make a day chart unreadable and the query slow. */
    public static final int MAX_DAYS = 366;

    public UsageQuery {
        if (from == null || to == null || groupBy == null) {
            throw new IllegalArgumentException("A usage query needs its days and grouping");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("'from' must not be after 'to'.");
        }
        if (days(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("A report covers at most " + MAX_DAYS + " days.");
        }
    }

    public long days() {
        return days(from, to);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
