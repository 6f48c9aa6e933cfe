package dev.lectern.ingestion.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Markdown: headings, list items, fenced code, pipe tables and paragraphs. */
final class MarkdownBlocks {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|(\\d{1,9}[.)]))\\s+(.*)$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern TABLE_SEPARATOR =
            Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>\\s?");

    private final List<String> lines;
    private final BlockList blocks = new BlockList(false);
    private final StringBuilder paragraph = new StringBuilder();
    private boolean paragraphIsItem;
    private int index;

    private MarkdownBlocks(String text) {
        this.lines = text.lines().toList();
    }

    static ParsedDocument parse(String text) {
        MarkdownBlocks reader = new MarkdownBlocks(text);
        reader.read();
        return new ParsedDocument("text/markdown", reader.blocks.title(""), reader.blocks.toList(), List.of());
    }

    private void read() {
        while (index < lines.size()) {
            String line = QUOTE.matcher(lines.get(index)).replaceFirst("");
            Matcher fence = FENCE.matcher(line);
            Matcher heading = HEADING.matcher(line);
            Matcher item = LIST_ITEM.matcher(line);
            if (fence.find()) {
                flush();
                code(fence.group(1));
            } else if (heading.matches()) {
                flush();
                blocks.heading(heading.group(1).length(), heading.group(2), Location.NONE);
            } else if (!paragraph.isEmpty()
                    && !paragraphIsItem
                    && SETEXT.matcher(line).matches()) {
                blocks.heading(line.strip().startsWith("=") ? 1 : 2, paragraph.toString(), Location.NONE);
                paragraph.setLength(0);
            } else if (RULE.matcher(line).matches() || line.isBlank()) {
                flush();
            } else if (isTableStart()) {
                flush();
                table();
                continue;
            } else if (item.matches()) {
                flush();
                paragraphIsItem = true;
                paragraph
                        .append(item.group(1) == null ? "" : item.group(1) + " ")
                        .append(item.group(2));
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : "\n").append(line);
            }
            index++;
        }
        flush();
    }

    private void code(String fence) {
        StringBuilder code = new StringBuilder();
        for (index++; index < lines.size() && !lines.get(index).strip().startsWith(fence); index++) {
            code.append(lines.get(index)).append('\n');
        }
        blocks.code(code.toString(), Location.NONE);
    }

    private boolean isTableStart() {
        return lines.get(index).contains("|")
                && index + 1 < lines.size()
                && lines.get(index + 1).contains("-")
                && TABLE_SEPARATOR.matcher(lines.get(index + 1)).matches();
    }

    private void table() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(cells(lines.get(index)));
        for (index += 2; index < lines.size() && lines.get(index).contains("|"); index++) {
            rows.add(cells(lines.get(index)));
        }
        blocks.dataTable(rows, Location.NONE);
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.startsWith("|") ? inner.substring(1) : inner;
        inner = inner.endsWith("|") && !inner.endsWith("\\|") ? inner.substring(0, inner.length() - 1) : inner;
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.replace("\\|", "|"));
        }
        return cells;
    }

    private void flush() {
        if (paragraphIsItem) {
            blocks.listItem(paragraph.toString(), Location.NONE);
        } else if (!paragraph.isEmpty()) {
            blocks.text(paragraph.toString(), Location.NONE);
        }
        paragraph.setLength(0);
        paragraphIsItem = false;
    }
}
