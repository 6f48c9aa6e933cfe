package dev.lectern.identity.web;

import dev.lectern.identity.audit.AuditEvent;
import dev.lectern.identity.audit.AuditEventType;
import dev.lectern.identity.audit.AuditLog;
import dev.lectern.shared.Csv;
import dev.lectern.shared.LecternProblem;
import dev.lectern.shared.Paging;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for administrators: one page at a time, or everything that matches as CSV. */
@RestController
@RequestMapping("/api/v1/admin/audit")
class AuditController {

    private static final int MAX_EXPORT_ROWS = 100_000;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Schema(name = "AuditPage") // the OpenAPI schema names must be unique across controllers
    record Page(List<AuditEvent> items, int page, int size, long totalItems, long totalPages) {}

    @GetMapping
    Page page(
            @RequestParam(required = false) AuditEventType type,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        var query = new AuditLog.Query(type, username, instant("from", from), instant("to", to));
        long total = audit.count(query);
        return new Page(audit.find(query, paging.offset(), size), page, size, total, paging.totalPages(total));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) AuditEventType type,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        var query = new AuditLog.Query(type, username, instant("from", from), instant("to", to));
        var csv = new StringBuilder("occurredAt,type,username,detail\r\n");
        for (AuditEvent event : audit.find(query, 0, MAX_EXPORT_ROWS)) {
            csv.append(event.occurredAt()).append(',').append(event.type()).append(',');
            csv.append(Csv.cell(event.username()))
                    .append(',')
                    .append(Csv.cell(event.detail()))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lectern-audit.csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Instant instant(String name, String value) {
        try {
            return value == null || value.isBlank() ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid("'" + name + "' must be an instant such as 2025-01-31T09:30:00Z.");
        }
    }

    private static LecternProblem invalid(String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail);
    }
}
