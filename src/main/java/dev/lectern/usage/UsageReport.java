package dev.lectern.usage;

import java.time.LocalDate;
import java.util.List;

/** Usage over some days: one row per group (every day, for the day grouping) and the totals of all of them. */
public record UsageReport(LocalDate from, LocalDate to, Grouping groupBy, List<UsageRow> rows, UsageRow totals) {}
