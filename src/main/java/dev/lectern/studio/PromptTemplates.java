package dev.lectern.studio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default prompt templates, files {@code prompts/<name>.st} on the classpath, and how any template is
 * filled: {@code {{name}}} placeholders get values that are inserted once and never rendered again, so braces
 * or placeholders inside a document's text stay plain text.
 */
final class PromptTemplates {

    /** Every template the studio uses; a workspace may override each. */
    static final List<String> NAMES =
            List.of("answer-system", "answer-user", "summary-map", "summary-reduce", "copy", "report-section");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Map<String, String> DEFAULTS = new ConcurrentHashMap<>();

    private PromptTemplates() {}

    static String defaultTemplate(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("No prompt template " + name);
        }
        return DEFAULTS.computeIfAbsent(name, PromptTemplates::load);
    }

    /** Renders the default template. */
    static String render(String name, Map<String, String> values) {
        return fill(name, defaultTemplate(name), values);
    }

    /** Fills a template; fails when it names a value that was not given. */
    static String fill(String name, String template, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder rendered = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Template " + name + " needs a value for " + placeholder.group(1));
            }
            placeholder.appendReplacement(rendered, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(rendered).toString().strip();
    }

    static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        PLACEHOLDER.matcher(template).results().forEach(m -> names.add(m.group(1)));
        return names;
    }

    private static String load(String name) {
        String path = "prompts/" + name + ".st";
        try (InputStream in = PromptTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing prompt template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
