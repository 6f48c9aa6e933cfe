package dev.lectern.ingestion.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Cleans extracted text: whitespace runs, invisible characters, line-wrap hyphenation and list markers. */
final class TextHygiene {

    // a hyphen at a line end between two lower-case letters is a typesetter's break, not part of the word
    private static final Pattern WRAP_HYPHEN = Pattern.compile("(\\p{Ll})-[ \\t]*\\R[ \\t]*(\\p{Ll})");
    // U+FFFD stands for what an extractor could not decode (legacy Word's footnote marks come out as it): it
    // tells a reader nothing and would only be indexed as noise
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF\\uFFFD]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t\\u00A0]*\\R\\s*");
    // glyphs that Word, PDF fonts (Symbol, Wingdings private-use code points) and slide decks use as bullets
    private static final Pattern BULLET_GLYPH =
            Pattern.compile("^[\\u2022\\u00B7\\u25CF\\u25AA\\u25A0\\u25E6\\u2023\\u2043\\u2219\\u25CB\\u25BA\\u27A2"
                    + "\\u2713\\u2714\\uF0B7\\uF0A7\\uF076\\uF0D8\\uF0FC]\\s*");
    // en and em dashes also open wrapped lines of running text, so only ASCII marks a list line
    private static final Pattern LINE_BULLET = Pattern.compile("^\\s*[-*+]\\s+\\S");
    private static final Pattern BULLET_ASCII = Pattern.compile("^[-*+\\u2013\\u2014]\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:][\"')\\]\\u201D\\u2019]?\\s*$");
    private static final Pattern ENUMERATOR =
            Pattern.compile("^(?:\\(?(?:\\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})\\)|\\d{1,3}\\.|[a-z]\\.)\\s+\\S");

    private TextHygiene() {}

    /** One line of text: invisible characters gone, wrap hyphens joined, whitespace runs made one space. */
    static String clean(String raw) {
        String text = INVISIBLE.matcher(raw).replaceAll("");
        text = CONTROL.matcher(text).replaceAll(" ");
        text = WRAP_HYPHEN.matcher(text).replaceAll("$1$2");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Code keeps its line breaks and indentation; only trailing spaces and blank edges go. */
    static String cleanCode(String raw) {
        String text =
                INVISIBLE.matcher(raw.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        text = CONTROL.matcher(text).replaceAll(" ");
        List<String> lines =
                new ArrayList<>(text.lines().map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.getFirst().isBlank()) {
            lines.removeFirst();
        }
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        return String.join("\n", lines);
    }

    /** The paragraphs of a text whose paragraphs are separated by blank lines. */
    static List<String> paragraphs(String raw) {
        return BLANK_LINE.splitAsStream(raw).filter(p -> !p.isBlank()).toList();
    }

    /**
     * Splits a paragraph where a line starts with a bullet: PDF and plain text put a whole list in one paragraph.
     * The first part may be ordinary text; every other part starts with its bullet.
     */
    static List<String> splitAtBullets(String raw) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String line : raw.split("\\R")) {
            if (!part.isEmpty()
                    && (BULLET_GLYPH.matcher(line.strip()).find()
                            || LINE_BULLET.matcher(line).find())) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(line).append('\n');
        }
        if (!part.toString().isBlank()) {
            parts.add(part.toString());
        }
        return parts;
    }

    /**
     * Splits hard-wrapped text, which may have no blank lines at all, where a line stops well short of the wrap
     * width: such a line ends its paragraph.
     */
    static List<String> splitAtShortLines(String paragraph) {
        List<String> lines = paragraph.lines().toList();
        if (lines.size() < 3) {
            return List.of(paragraph);
        }
        int[] lengths =
                lines.stream().mapToInt(line -> line.strip().length()).sorted().toArray();
        int width = lengths[(int) (lengths.length * 0.8)]; // the longest lines may be outliers (a URL)
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String line : lines) {
            part.append(line).append('\n');
            int length = line.strip().length();
            if (length < width / 2
                    || (length < width * 3 / 4 && SENTENCE_END.matcher(line).find())) {
                parts.add(part.toString());
                part.setLength(0);
            }
        }
        if (!part.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
    }

    static boolean startsWithBullet(String text) {
        String stripped = text.strip();
        return BULLET_GLYPH.matcher(stripped).find()
                || BULLET_ASCII.matcher(stripped).find();
    }

    static boolean startsWithEnumerator(String text) {
        return ENUMERATOR.matcher(text.strip()).find();
    }

    /** The text without its leading bullet; numbers and letters that order a list are kept. */
    static String stripBullet(String text) {
        String stripped = text.strip();
        String once = BULLET_GLYPH.matcher(stripped).replaceFirst("");
        return BULLET_ASCII.matcher(once).replaceFirst("");
    }
}
