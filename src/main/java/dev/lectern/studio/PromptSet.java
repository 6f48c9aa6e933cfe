package dev.lectern.studio;

import java.util.Map;

/** The templates one workspace uses: its own versions where it has them, the defaults elsewhere. */
record PromptSet(Map<String, String> overrides) {

    static final PromptSet DEFAULTS = new PromptSet(Map.of());

    PromptSet {
        overrides = Map.copyOf(overrides);
    }

    String render(String name, Map<String, String> values) {
        String template = overrides.get(name);
        return template == null ? PromptTemplates.render(name, values) : PromptTemplates.fill(name, template, values);
    }
}
