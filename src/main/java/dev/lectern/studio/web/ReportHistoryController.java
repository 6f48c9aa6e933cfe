package dev.lectern.studio.web;

import dev.lectern.shared.Paging;
import dev.lectern.studio.Report;
import dev.lectern.studio.Reports;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reports of a workspace, for the history page; each is read in full at {@code /api/v1/reports/{id}}. */
@RestController
class ReportHistoryController {

    private final Reports reports;
    private final Workspaces workspaces;

    ReportHistoryController(Reports reports, Workspaces workspaces) {
        this.reports = reports;
        this.workspaces = workspaces;
    }

    record ReportSummary(UUID id, String title, String templateId, int latestVersion, Instant updatedAt) {
        static ReportSummary of(Report report) {
            return new ReportSummary(
                    report.id(), report.title(), report.templateId(), report.version(), report.createdAt());
        }
    }

    record ReportPage(List<ReportSummary> items, int page, int size, long totalItems, long totalPages) {}

    /** The workspace's reports, the most recently written first, a page at a time. */
    @GetMapping("/api/v1/workspaces/{workspaceId}/reports")
    ReportPage list(
            @PathVariable UUID workspaceId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        workspaces.requireExists(new WorkspaceId(workspaceId));
        long total = reports.countInWorkspace(workspaceId);
        return new ReportPage(
                reports.inWorkspace(workspaceId, paging).stream()
                        .map(ReportSummary::of)
                        .toList(),
                page,
                size,
                total,
                paging.totalPages(total));
    }
}
