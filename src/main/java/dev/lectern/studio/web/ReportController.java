package dev.lectern.studio.web;

import dev.lectern.documents.DocumentId;
import dev.lectern.shared.LecternProblem;
import dev.lectern.studio.Report;
import dev.lectern.studio.ReportTemplate;
import dev.lectern.studio.ReportTemplates;
import dev.lectern.studio.ReportWriter;
import dev.lectern.studio.Reports;
import dev.lectern.studio.export.ReportDocx;
import dev.lectern.studio.export.ReportHtml;
import dev.lectern.studio.export.ReportMarkdown;
import dev.lectern.studio.export.ReportPdf;
import dev.lectern.workspaces.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Report templates, generated reports with their versions, section edits and regeneration, and export. */
@RestController
class ReportController {

    private final ReportTemplates templates;
    private final ReportWriter writer;
    private final Reports reports;

    ReportController(ReportTemplates templates, ReportWriter writer, Reports reports) {
        this.templates = templates;
        this.writer = writer;
        this.reports = reports;
    }

    record GenerateBody(String template, String title, List<UUID> documentIds) {}

    record SectionText(String text) {}

    record ReportView(Report report, List<Integer> versions) {}

    @GetMapping("/api/v1/report-templates")
    List<ReportTemplate> templates() {
        return templates.all();
    }

    @PostMapping("/api/v1/workspaces/{workspaceId}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    ReportView generate(@PathVariable UUID workspaceId, @RequestBody GenerateBody body) {
        if (body.template() == null || body.template().isBlank()) {
            throw new LecternProblem(
                    HttpStatus.BAD_REQUEST,
                    "missing-template",
                    "Missing template",
                    "Name the report template in 'template'.");
        }
        var ids = body.documentIds() == null
                ? null
                : body.documentIds().stream().map(DocumentId::new).collect(Collectors.toSet());
        return view(writer.generate(new WorkspaceId(workspaceId), body.template(), body.title(), ids));
    }

    @GetMapping("/api/v1/reports/{id}")
    ReportView read(@PathVariable UUID id, @RequestParam(required = false) Integer version) {
        return view(reports.require(id, version));
    }

    @PutMapping("/api/v1/reports/{id}/sections/{index}")
    ReportView edit(@PathVariable UUID id, @PathVariable int index, @RequestBody SectionText body) {
        return view(writer.edit(id, index, body.text()));
    }

    @PostMapping("/api/v1/reports/{id}/sections/{index}/regenerate")
    ReportView regenerate(@PathVariable UUID id, @PathVariable int index) {
        return view(writer.regenerate(id, index));
    }

    @DeleteMapping("/api/v1/reports/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        if (!reports.delete(id)) {
            throw LecternProblem.notFound("report", id);
        }
    }

    @GetMapping("/api/v1/reports/{id}/export")
    ResponseEntity<byte[]> export(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "markdown") String format,
            @RequestParam(required = false) Integer version) {
        Report report = reports.require(id, version);
        return switch (format.toLowerCase()) {
            case "markdown", "md" ->
                file(
                        report,
                        "md",
                        MediaType.parseMediaType("text/markdown;charset=UTF-8"),
                        ReportMarkdown.render(report).getBytes(StandardCharsets.UTF_8));
            case "html" ->
                file(
                        report,
                        "html",
                        MediaType.parseMediaType("text/html;charset=UTF-8"),
                        ReportHtml.render(report).getBytes(StandardCharsets.UTF_8));
            case "pdf" -> file(report, "pdf", MediaType.APPLICATION_PDF, ReportPdf.render(report));
            case "docx" ->
                file(
                        report,
                        "docx",
                        MediaType.parseMediaType(
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                        ReportDocx.render(report));
            default ->
                throw new LecternProblem(
                        HttpStatus.BAD_REQUEST,
                        "unknown-export-format",
                        "Unknown export format",
                        "'format' must be markdown, html, pdf or docx.");
        };
    }

    private ReportView view(Report report) {
        return new ReportView(report, reports.versions(report.id()));
    }

    private static ResponseEntity<byte[]> file(Report report, String extension, MediaType type, byte[] body) {
        String name = report.title().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-v" + report.version() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
