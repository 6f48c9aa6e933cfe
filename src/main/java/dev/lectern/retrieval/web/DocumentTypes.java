package dev.lectern.retrieval.web;

import dev.lectern.shared.LecternProblem;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;

/**
 * Reads the {@code type} filter: a media type as documents show it ({@code application/pdf}) or the short name
 * users know a format by ({@code pdf}, {@code docx}, {@code md}).
 */
final class DocumentTypes {

    /** The names of the formats Lectern ingests, mapped to the media types its detector records. */
    static final Map<String, Set<String>> NAMES = Map.ofEntries(
            Map.entry("pdf", Set.of("application/pdf")),
            Map.entry("docx", Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
            Map.entry("doc", Set.of("application/msword")),
            Map.entry("pptx", Set.of("application/vnd.openxmlformats-officedocument.presentationml.presentation")),
            Map.entry("ppt", Set.of("application/vnd.ms-powerpoint")),
            Map.entry("xlsx", Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
            Map.entry("xls", Set.of("application/vnd.ms-excel")),
            Map.entry("odt", Set.of("application/vnd.oasis.opendocument.text")),
            Map.entry("odp", Set.of("application/vnd.oasis.opendocument.presentation")),
            Map.entry("ods", Set.of("application/vnd.oasis.opendocument.spreadsheet")),
            Map.entry("rtf", Set.of("application/rtf")),
            Map.entry("epub", Set.of("application/epub+zip")),
            Map.entry("html", Set.of("text/html", "application/xhtml+xml")),
            Map.entry("md", Set.of("text/x-web-markdown", "text/markdown")),
            Map.entry("markdown", Set.of("text/x-web-markdown", "text/markdown")),
            Map.entry("txt", Set.of("text/plain")),
            Map.entry("text", Set.of("text/plain")),
            Map.entry("csv", Set.of("text/csv")),
            Map.entry("tsv", Set.of("text/tab-separated-values")),
            Map.entry("eml", Set.of("message/rfc822")),
            Map.entry("msg", Set.of("application/vnd.ms-outlook")),
            Map.entry("png", Set.of("image/png")),
            Map.entry("jpg", Set.of("image/jpeg")),
            Map.entry("jpeg", Set.of("image/jpeg")),
            Map.entry("tiff", Set.of("image/tiff")));

    private DocumentTypes() {}

    /** The media types one value names; a 400 problem that lists the known names otherwise. */
    static Set<String> mediaTypes(String value) {
        String type = value.strip().toLowerCase(Locale.ROOT);
        if (type.matches("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+")) {
            return Set.of(type);
        }
        Set<String> named = NAMES.get(type.startsWith(".") ? type.substring(1) : type);
        if (named == null) {
            throw new LecternProblem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-filter",
                    "Invalid filter",
                    "'%s' is not a document type. Give a media type such as application/pdf or one of: %s."
                            .formatted(value, String.join(", ", new TreeSet<>(NAMES.keySet()))));
        }
        return named;
    }
}
