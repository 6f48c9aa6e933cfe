package dev.lectern.studio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The prompt templates, files under {@code prompts/} on the classpath, with {@code {{name}}} placeholders.
 * Values are inserted once and never rendered again, so braces or placeholders inside a document's text stay
 * plain text.
 */
@Component
class PromptTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** Renders {@code prompts/<name>.st}; fails when the template names a value that was not given. */
    String render(String name, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(template(name));
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

    String template(String name) {
        return cache.computeIfAbsent(name, PromptTemplates::load);
    }

    private static String load(String name) {
        String path = "prompts/" + name + ".st";
        try (InputStream in = PromptTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No prompt template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
