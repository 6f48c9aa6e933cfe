package dev.lectern.studio;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders numbered sources as delimited data for a prompt. A document cannot close the delimiter early:
 * anything in its text that looks like a source tag is defused, so planted instructions stay inside.
 */
final class SourceBlock {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*source", Pattern.CASE_INSENSITIVE);

    private SourceBlock() {}

    static String render(List<Source> sources) {
        return sources.stream().map(SourceBlock::render).collect(Collectors.joining("\n"));
    }

    static String render(Source source) {
        var chunk = source.chunk();
        String heading = chunk.headingPath().isEmpty() ? "" : " section=\"" + attribute(chunk.headingPath()) + "\"";
        return "<source id=\"" + source.number() + "\" document=\"" + attribute(chunk.documentName()) + "\"" + heading
                + ">\n" + defuse(chunk.text()).strip() + "\n</source>";
    }

    static String defuse(String text) {
        return TAG.matcher(text).replaceAll(m -> m.group().replace("<", "(").replace("/", ""));
    }

    private static String attribute(String value) {
        return defuse(value).replace('"', '\'').replace('\n', ' ');
    }
}
