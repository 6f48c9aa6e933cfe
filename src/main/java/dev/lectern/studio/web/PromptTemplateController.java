package dev.lectern.studio.web;

import dev.lectern.shared.LecternProblem;
import dev.lectern.studio.PromptVersion;
import dev.lectern.studio.WorkspacePrompts;
import dev.lectern.studio.WorkspacePrompts.Template;
import dev.lectern.workspaces.WorkspaceId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators read a workspace's prompt templates, store new versions, and go back to the defaults. */
@RestController
@RequestMapping("/api/v1/admin/workspaces/{workspaceId}/prompts")
class PromptTemplateController {

    private final WorkspacePrompts prompts;

    PromptTemplateController(WorkspacePrompts prompts) {
        this.prompts = prompts;
    }

    @Schema(name = "PromptTemplateBody") // a report template's body is another schema
    record TemplateBody(String body) {}

    record TemplateView(
            String name, String activeBody, boolean overridden, String defaultBody, List<PromptVersion> versions) {
        static TemplateView of(Template t) {
            return new TemplateView(t.name(), t.activeBody(), !t.versions().isEmpty(), t.defaultBody(), t.versions());
        }
    }

    @GetMapping
    List<TemplateView> list(@PathVariable UUID workspaceId) {
        return prompts.list(new WorkspaceId(workspaceId)).stream()
                .map(TemplateView::of)
                .toList();
    }

    @GetMapping("/{name}")
    TemplateView get(@PathVariable UUID workspaceId, @PathVariable String name) {
        return TemplateView.of(prompts.get(new WorkspaceId(workspaceId), name));
    }

    @PutMapping("/{name}")
    TemplateView save(@PathVariable UUID workspaceId, @PathVariable String name, @RequestBody TemplateBody body) {
        return TemplateView.of(prompts.save(new WorkspaceId(workspaceId), name, body.body()));
    }

    @DeleteMapping("/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset(@PathVariable UUID workspaceId, @PathVariable String name) {
        if (!prompts.reset(new WorkspaceId(workspaceId), name)) {
            throw LecternProblem.notFound("prompt template override", name);
        }
    }
}
