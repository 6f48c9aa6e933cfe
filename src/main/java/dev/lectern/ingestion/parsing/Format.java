package dev.lectern.ingestion.parsing;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.mime.MediaType;

/** How a file is read, chosen from its detected media type and, for text that bytes cannot tell apart, its name. */
enum Format {
    PDF("PDF"),
    DOCUMENT("document"),
    PRESENTATION("presentation"),
    SPREADSHEET("spreadsheet"),
    EMAIL("e-mail"),
    IMAGE("image"),
    HTML("HTML page"),
    MARKDOWN("Markdown file"),
    CSV("CSV file"),
    TSV("TSV file"),
    PLAIN_TEXT("text file"),
    PROTECTED("protected Office file"),
    UNSUPPORTED("file");

    private static final Map<String, Format> BY_TYPE = Map.ofEntries(
            Map.entry("application/pdf", PDF),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.template", DOCUMENT),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", DOCUMENT),
            Map.entry("application/msword", DOCUMENT),
            Map.entry("application/rtf", DOCUMENT),
            Map.entry("application/vnd.oasis.opendocument.text", DOCUMENT),
            Map.entry("application/epub+zip", DOCUMENT),
            Map.entry("application/x-tika-msoffice", DOCUMENT),
            Map.entry("application/x-tika-ooxml", DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", PRESENTATION),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.slideshow", PRESENTATION),
            Map.entry("application/vnd.ms-powerpoint.presentation.macroenabled.12", PRESENTATION),
            Map.entry("application/vnd.ms-powerpoint", PRESENTATION),
            Map.entry("application/vnd.oasis.opendocument.presentation", PRESENTATION),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", SPREADSHEET),
            Map.entry("application/vnd.ms-excel.sheet.macroenabled.12", SPREADSHEET),
            Map.entry("application/vnd.ms-excel", SPREADSHEET),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", SPREADSHEET),
            Map.entry("message/rfc822", EMAIL),
            Map.entry("application/vnd.ms-outlook", EMAIL),
            Map.entry("image/png", IMAGE),
            Map.entry("image/jpeg", IMAGE),
            Map.entry("image/tiff", IMAGE),
            Map.entry("image/bmp", IMAGE),
            Map.entry("image/gif", IMAGE),
            Map.entry("text/html", HTML),
            Map.entry("application/xhtml+xml", HTML),
            Map.entry("application/x-tika-ooxml-protected", PROTECTED));
    private static final Map<String, String> NOUNS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document",
            "application/msword", "Word document",
            "application/vnd.oasis.opendocument.text", "OpenDocument text",
            "application/rtf", "RTF document",
            "application/epub+zip", "EPUB book",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint presentation",
            "application/vnd.ms-powerpoint", "PowerPoint presentation",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook",
            "application/vnd.ms-excel", "Excel workbook",
            "application/vnd.ms-outlook", "Outlook message");
    private static final Set<String> MARKDOWN_NAMES = Set.of("md", "markdown", "mdown", "mkd");

    private final String noun;

    Format(String noun) {
        this.noun = noun;
    }

    /** What to call a file of this format and type in a message: "PDF", "Excel workbook". */
    String noun(String mediaType) {
        return NOUNS.getOrDefault(mediaType, noun);
    }

    static Format of(MediaType type, String fileName) {
        String base = type.getBaseType().toString();
        if (type.getType().equals("text")) {
            return textFormat(base, extension(fileName));
        }
        return BY_TYPE.getOrDefault(base, UNSUPPORTED);
    }

    /** The media type that a text format is reported as, whatever the bytes looked like. */
    String mediaType(MediaType detected) {
        return switch (this) {
            case MARKDOWN -> "text/markdown";
            case CSV -> "text/csv";
            case TSV -> "text/tab-separated-values";
            case HTML ->
                detected.getBaseType().toString().equals("application/xhtml+xml")
                        ? "application/xhtml+xml"
                        : "text/html";
            case PLAIN_TEXT ->
                textFormat(detected.getBaseType().toString(), "") == PLAIN_TEXT
                        ? detected.getBaseType().toString()
                        : "text/plain";
            default -> detected.getBaseType().toString();
        };
    }

    // the bytes of Markdown, CSV and plain text look alike (a Markdown file with an HTML sample in it even looks
    // like HTML), so the name the user gave decides
    private static Format textFormat(String type, String extension) {
        if (MARKDOWN_NAMES.contains(extension)) {
            return MARKDOWN;
        }
        return switch (extension) {
            case "csv" -> CSV;
            case "tsv", "tab" -> TSV;
            case "txt", "text", "log" -> PLAIN_TEXT;
            case "html", "htm", "xhtml" -> HTML;
            default ->
                switch (type) {
                    case "text/html" -> HTML;
                    case "text/markdown", "text/x-web-markdown" -> MARKDOWN;
                    case "text/csv" -> CSV;
                    case "text/tab-separated-values" -> TSV;
                    default -> PLAIN_TEXT;
                };
        };
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
