package dev.lectern.ingestion.parsing;

import dev.lectern.ingestion.parsing.Block.BlockKind;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Reads the content of an HTML page, leaving out scripts, navigation, page header and footer, forms and banners. */
final class HtmlBlocks {

    private static final String NOISE = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, aside, form, button, select, input, textarea, dialog, menu, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=search], [role=dialog], [role=alertdialog], "
            + "[aria-hidden=true], [hidden], [style~=(?i)display\\s*:\\s*none], "
            + "[id~=(?i)cookie|consent|gdpr], [class~=(?i)cookie|consent|gdpr]";

    private final BlockList blocks = new BlockList(false);
    private final StringBuilder inline = new StringBuilder();
    private BlockKind inlineKind = BlockKind.PARAGRAPH;

    private HtmlBlocks() {}

    /** The page's blocks and title. */
    static ParsedDocument parse(String html, String mediaType) {
        Document page = Jsoup.parse(html);
        page.select(NOISE).remove();
        // a page's own header and footer are chrome; an article's header holds its title
        page.select("header, footer").stream()
                .filter(chrome -> chrome.closest("article, main") == null)
                .forEach(Node::remove);
        HtmlBlocks reader = new HtmlBlocks();
        reader.walk(page.body());
        reader.flush();
        return new ParsedDocument(mediaType, reader.blocks.title(page.title()), reader.blocks.toList(), List.of());
    }

    private void walk(Element parent) {
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode text) {
                inline.append(text.text()); // collapsed as a browser would: source line breaks mean nothing
            } else if (node instanceof Element element) {
                visit(element);
            }
        }
    }

    private void visit(Element element) {
        switch (element.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                flush();
                blocks.heading(element.normalName().charAt(1) - '0', element.text(), Location.NONE);
            }
            case "pre" -> {
                flush();
                blocks.code(element.wholeText(), Location.NONE);
            }
            case "table" -> table(element);
            case "li", "dd" -> {
                flush();
                inlineKind = element.normalName().equals("li") ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
                walk(element);
                flush();
            }
            case "br" -> inline.append('\n');
            default -> {
                if (element.isBlock()) {
                    flush();
                    walk(element);
                    flush();
                } else {
                    walk(element);
                }
            }
        }
    }

    private void table(Element table) {
        flush();
        // tables that lay out a page (tables inside them, headings in cells, a single column) are read as the
        // page they hold
        boolean singleColumn = table.select("tr").stream()
                .allMatch(row -> row.select("> td, > th").size() <= 1);
        if (singleColumn || !table.select("table table, h1, h2, h3, h4, h5, h6").isEmpty()) {
            walk(table);
            flush();
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Element row : table.select("tr")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(cell.text());
                    int span = Math.clamp(parseSpan(cell.attr("colspan")), 1, 100);
                    for (int extra = 1; extra < span; extra++) {
                        cells.add("");
                    }
                }
            }
            rows.add(cells);
        }
        blocks.table(rows, Location.NONE);
    }

    private void flush() {
        // blank text between block elements keeps the pending kind, so a <li><p>text</p></li> stays a list item
        if (inline.toString().isBlank()) {
            inline.setLength(0);
            return;
        }
        if (inlineKind == BlockKind.LIST_ITEM) {
            blocks.listItem(inline.toString(), Location.NONE);
        } else {
            blocks.text(inline.toString(), Location.NONE);
        }
        inline.setLength(0);
        inlineKind = BlockKind.PARAGRAPH;
    }

    private static int parseSpan(String span) {
        try {
            return span.isBlank() ? 1 : Integer.parseInt(span.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
