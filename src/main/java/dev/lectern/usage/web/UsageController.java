package dev.lectern.usage.web;

import dev.lectern.shared.Csv;
import dev.lectern.shared.LecternProblem;
import dev.lectern.usage.Grouping;
import dev.lectern.usage.UsageQuery;
import dev.lectern.usage.UsageReport;
import dev.lectern.usage.UsageReports;
import dev.lectern.usage.UsageRow;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API usage for administrators, per day, user, workspace or key: as JSON for the charts, or as CSV. */
@RestController
class UsageController {

    /** A report covers the last 30 days unless asked otherwise. */
    static final int DEFAULT_DAYS = 30;

    private final UsageReports reports;

    UsageController(UsageReports reports) {
        this.reports = reports;
    }

    @Operation(
            summary =
                    "Requests, errors, tokens and latency per day, user, workspace, key or route (UTC days, both included)")
    @GetMapping("/api/v1/admin/usage")
    UsageReport usage(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String userId,
            @RequestParam(required = false) String workspaceId) {
        return reports.report(query(from, to, groupBy, userId, workspaceId));
    }

    @Operation(summary = "The same report as CSV, one line per group and a last line with the totals")
    @GetMapping("/api/v1/admin/usage.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String userId,
            @RequestParam(required = false) String workspaceId) {
        UsageReport report = reports.report(query(from, to, groupBy, userId, workspaceId));
        var csv = new StringBuilder(report.groupBy().name().toLowerCase(Locale.ROOT));
        csv.append(",requests,clientErrors,serverErrors,promptTokens,completionTokens,latencyP50Ms,latencyP95Ms\r\n");
        Stream.concat(report.rows().stream(), Stream.of(report.totals())).forEach(row -> line(csv, row));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"lectern-usage-" + report.from() + "-" + report.to() + ".csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder csv, UsageRow row) {
        csv.append(Csv.cell(row.group()));
        for (long value : new long[] {
            row.requests(),
            row.clientErrors(),
            row.serverErrors(),
            row.promptTokens(),
            row.completionTokens(),
            row.latencyP50Ms(),
            row.latencyP95Ms()
        }) {
            csv.append(',').append(value);
        }
        csv.append("\r\n");
    }

    static UsageQuery query(String from, String to, String groupBy, String userId, String workspaceId) {
        LocalDate last = day("to", to, LocalDate.now(ZoneOffset.UTC));
        LocalDate first = day("from", from, last.minusDays(DEFAULT_DAYS - 1));
        try {
            return new UsageQuery(first, last, grouping(groupBy), blankAsNull(userId), workspace(workspaceId));
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    private static LocalDate day(String name, String value, LocalDate fallback) {
        try {
            return value == null || value.isBlank() ? fallback : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid("'" + name + "' must be a day such as 2026-01-31.");
        }
    }

    private static Grouping grouping(String value) {
        if (value == null || value.isBlank()) {
            return Grouping.DAY;
        }
        try {
            return Grouping.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("'groupBy' must be day, user, workspace, key or route.");
        }
    }

    private static UUID workspace(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid("'workspaceId' must be a workspace id.");
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static LecternProblem invalid(String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail);
    }
}
