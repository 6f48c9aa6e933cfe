package dev.lectern.studio;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One version of a generated report. */
public record Report(
        UUID id,
        UUID workspaceId,
        String templateId,
        String title,
        int version,
        List<ReportSection> sections,
        Instant createdAt) {

    Report withoutSections() {
        return new Report(id, workspaceId, templateId, title, 0, List.of(), createdAt);
    }
}
