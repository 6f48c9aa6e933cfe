package dev.lectern.studio;

import dev.lectern.shared.LecternProblem;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The prompt templates as a workspace sees them: versions of its own override the defaults, the newest wins,
 * and removing them all restores the default.
 */
@Service
public class WorkspacePrompts {

    private final PromptVersions versions;
    private final Workspaces workspaces;

    WorkspacePrompts(PromptVersions versions, Workspaces workspaces) {
        this.versions = versions;
        this.workspaces = workspaces;
    }

    /** A template: the default, and the workspace's versions (empty when it uses the default). */
    public record Template(String name, String defaultBody, List<PromptVersion> versions) {

        public String activeBody() {
            return versions.isEmpty() ? defaultBody : versions.getLast().body();
        }
    }

    public List<Template> list(WorkspaceId workspaceId) {
        workspaces.requireExists(workspaceId);
        List<PromptVersion> all = versions.all(workspaceId.value());
        return PromptTemplates.NAMES.stream()
                .map(name -> new Template(
                        name,
                        PromptTemplates.defaultTemplate(name),
                        all.stream().filter(v -> v.name().equals(name)).toList()))
                .toList();
    }

    public Template get(WorkspaceId workspaceId, String name) {
        requireKnown(name);
        return list(workspaceId).stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** Stores a new version; it must use exactly the placeholders of the default, so that it renders. */
    public Template save(WorkspaceId workspaceId, String name, String body) {
        requireKnown(name);
        workspaces.requireExists(workspaceId);
        if (body == null || body.isBlank()) {
            throw invalid("Give the template text in 'body'.");
        }
        Set<String> expected = PromptTemplates.placeholders(PromptTemplates.defaultTemplate(name));
        Set<String> given = PromptTemplates.placeholders(body);
        if (!given.equals(expected)) {
            Set<String> missing = new HashSet<>(expected);
            missing.removeAll(given);
            Set<String> unknown = new HashSet<>(given);
            unknown.removeAll(expected);
            throw invalid("Template %s must use the placeholders %s; missing %s, unknown %s."
                    .formatted(name, expected, missing, unknown));
        }
        versions.add(workspaceId.value(), name, body);
        return get(workspaceId, name);
    }

    /** Back to the default; false when the workspace had no versions of its own. */
    public boolean reset(WorkspaceId workspaceId, String name) {
        requireKnown(name);
        workspaces.requireExists(workspaceId);
        return versions.removeAll(workspaceId.value(), name) > 0;
    }

    PromptSet of(WorkspaceId workspaceId) {
        Map<String, String> overrides = new HashMap<>();
        versions.all(workspaceId.value()).forEach(v -> overrides.put(v.name(), v.body()));
        return new PromptSet(overrides);
    }

    private static void requireKnown(String name) {
        if (!PromptTemplates.NAMES.contains(name)) {
            throw LecternProblem.notFound("prompt template", name);
        }
    }

    private static LecternProblem invalid(String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-prompt-template", "Invalid prompt template", detail);
    }
}
