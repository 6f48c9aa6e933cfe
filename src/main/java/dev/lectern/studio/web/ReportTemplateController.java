package dev.lectern.studio.web;

import dev.lectern.shared.LecternProblem;
import dev.lectern.studio.ReportTemplate;
import dev.lectern.studio.ReportTemplates;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A workspace's report templates: the shipped ones (read-only) and its own, which it creates from scratch or as
 * a copy of another ({@code copyOf}), changes and deletes.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/report-templates")
class ReportTemplateController {

    private final ReportTemplates templates;
    private final Workspaces workspaces;

    ReportTemplateController(ReportTemplates templates, Workspaces workspaces) {
        this.templates = templates;
        this.workspaces = workspaces;
    }

    /** A new template; with copyOf, the copied template's name and sections fill in what is not given. */
    @Schema(name = "ReportTemplateBody") // a prompt template's body is another schema
    record TemplateBody(String name, List<ReportTemplate.Section> sections, String copyOf) {}

    @GetMapping
    List<ReportTemplate> list(@PathVariable UUID workspaceId) {
        workspaces.requireExists(new WorkspaceId(workspaceId));
        return templates.all(workspaceId);
    }

    @GetMapping("/{id}")
    ReportTemplate read(@PathVariable UUID workspaceId, @PathVariable String id) {
        workspaces.requireExists(new WorkspaceId(workspaceId));
        return templates.require(workspaceId, id);
    }

    @PostMapping
    ResponseEntity<ReportTemplate> create(@PathVariable UUID workspaceId, @RequestBody TemplateBody body) {
        workspaces.requireExists(new WorkspaceId(workspaceId));
        String name = body.name();
        List<ReportTemplate.Section> sections = body.sections();
        if (body.copyOf() != null) {
            ReportTemplate original = templates.require(workspaceId, body.copyOf());
            name = name == null ? "Copy of " + original.name() : name;
            sections = sections == null ? original.sections() : sections;
        }
        ReportTemplate created = templates.create(workspaceId, name, sections);
        return ResponseEntity.created(
                        URI.create("/api/v1/workspaces/" + workspaceId + "/report-templates/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    ReportTemplate update(@PathVariable UUID workspaceId, @PathVariable String id, @RequestBody TemplateBody body) {
        workspaces.requireExists(new WorkspaceId(workspaceId));
        if (body.copyOf() != null) {
            throw new LecternProblem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-report-template",
                    "Invalid report template",
                    "'copyOf' only makes a new template; send it with POST.");
        }
        return templates.update(workspaceId, id, body.name(), body.sections());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID workspaceId, @PathVariable String id) {
        workspaces.requireExists(new WorkspaceId(workspaceId));
        templates.delete(workspaceId, id);
    }
}
