package dev.lectern.usage;

import dev.lectern.identity.KeyNames;
import dev.lectern.workspaces.Workspace;
import dev.lectern.workspaces.Workspaces;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Usage reports as people read them: names instead of ids, every day of a range present, busiest first. */
@Component
public class UsageReports {

    static final String ANONYMOUS = "(anonymous)";
    static final String NO_WORKSPACE = "(no workspace)";
    static final String DELETED_WORKSPACE = "(deleted workspace)";
    static final String NO_KEY = "(browser session or anonymous)";
    static final String DELETED_KEY = "(deleted key)";

    private final UsageLog log;
    private final UsageRecorder recorder;
    private final Workspaces workspaces;
    private final KeyNames keys;

    UsageReports(UsageLog log, UsageRecorder recorder, Workspaces workspaces, KeyNames keys) {
        this.log = log;
        this.recorder = recorder;
        this.workspaces = workspaces;
        this.keys = keys;
    }

    public UsageReport report(UsageQuery query) {
        recorder.flush(); // the calls this replica still buffers count too
        UsageLog.Summary summary = log.summarize(query);
        List<UsageRow> groups = summary.groups();
        List<UsageRow> rows = switch (query.groupBy()) {
            case DAY -> everyDay(query.from(), query.to(), groups);
            case USER -> busiestFirst(groups, Map.of(), ANONYMOUS, null);
            case WORKSPACE -> busiestFirst(groups, workspaceNames(groups), NO_WORKSPACE, DELETED_WORKSPACE);
            case KEY -> busiestFirst(groups, keyNames(groups), NO_KEY, DELETED_KEY);
            case ROUTE -> busiestFirst(groups, Map.of(), "", null);
        };
        return new UsageReport(
                query.from(),
                query.to(),
                query.groupBy(),
                rows,
                summary.totals().named("total"));
    }

    /** One row per day from the first to the last, with zeros where nothing was called: charts get no holes. */
    static List<UsageRow> everyDay(LocalDate from, LocalDate to, List<UsageRow> days) {
        Map<String, UsageRow> byDay = days.stream().collect(Collectors.toMap(UsageRow::groupId, Function.identity()));
        return from.datesUntil(to.plusDays(1))
                .map(LocalDate::toString)
                .map(day -> byDay.getOrDefault(day, UsageRow.empty(day, day)))
                .toList();
    }

    /**
     * Most requests first; a group is shown by its name, by {@code without} when the calls had none (no user,
     * no workspace) and by {@code unknown} when the name is gone; null for unknown shows the id itself.
     */
    static List<UsageRow> busiestFirst(
            List<UsageRow> groups, Map<String, String> names, String without, String unknown) {
        return groups.stream()
                .map(row -> row.named(
                        row.groupId() == null
                                ? without
                                : names.getOrDefault(
                                        row.groupId(), Objects.requireNonNullElse(unknown, row.groupId()))))
                .sorted(Comparator.comparingLong(UsageRow::requests).reversed().thenComparing(UsageRow::group))
                .toList();
    }

    private Map<String, String> workspaceNames(List<UsageRow> groups) {
        Map<String, String> names = new HashMap<>();
        for (Workspace workspace : workspaces.findByIdInOrderByCreatedAtAsc(ids(groups))) {
            names.put(workspace.id().value().toString(), workspace.name());
        }
        return names;
    }

    private Map<String, String> keyNames(List<UsageRow> groups) {
        Map<String, String> names = new HashMap<>();
        keys.of(ids(groups)).forEach((id, name) -> names.put(id.toString(), name));
        return names;
    }

    private static List<UUID> ids(List<UsageRow> groups) {
        return groups.stream()
                .map(UsageRow::groupId)
                .filter(Objects::nonNull)
                .map(UUID::fromString)
                .toList();
    }
}
