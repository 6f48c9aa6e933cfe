package dev.lectern.ingestion.parsing;

import dev.lectern.ingestion.parsing.LayoutTables.Word;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Turns each page that Tesseract read (its hOCR: paragraphs, lines and every word with its box) into paragraphs
 * and tables for the handler behind it. Tesseract's own reading order takes a table apart, one column after
 * another; the boxes put the words of a row back on one line, and {@link LayoutTables} finds the tables among
 * those lines as it does in a PDF's text layer. Every word not in a table stays in its paragraph, in
 * Tesseract's order; a table takes the place of the first paragraph that held one of its words.
 */
final class HocrLayout extends ContentHandlerDecorator {

    private static final Pattern BOX = Pattern.compile("bbox (\\d+) (\\d+) (\\d+) (\\d+)");
    private static final Attributes NONE = new AttributesImpl();
    /** hOCR's kinds of line: a plain line, a line floating apart (a note, a caption), a heading. */
    private static final Set<String> LINES = Set.of("ocr_line", "ocr_textfloat", "ocr_header", "ocr_caption");

    /** A word as Tesseract placed it: the box's left, top, right and bottom edges. */
    private record Placed(Word word, double top, double bottom) {
        double middle() {
            return (top + bottom) / 2;
        }
    }

    private int pageDepth = -1;
    private int depth;
    private List<List<List<Placed>>> paragraphs; // of the page being read: paragraphs of lines of words
    private final StringBuilder wordText = new StringBuilder();
    private double[] wordBox;

    HocrLayout(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        depth++;
        String kind = atts.getValue("class");
        if (pageDepth < 0 && "ocr_page".equals(kind)) {
            pageDepth = depth;
            paragraphs = new ArrayList<>();
            return;
        }
        if (pageDepth < 0) {
            super.startElement(uri, localName, name, atts);
            return;
        }
        if ("ocr_par".equals(kind)) {
            paragraphs.add(new ArrayList<>());
        } else if (LINES.contains(kind)) {
            currentParagraph().add(new ArrayList<>());
        } else if ("ocrx_word".equals(kind)) {
            wordBox = box(atts.getValue("title"));
            wordText.setLength(0);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (pageDepth < 0) {
            super.characters(ch, start, length);
        } else if (wordBox != null) {
            wordText.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (pageDepth < 0) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        try {
            if (pageDepth < 0) {
                super.endElement(uri, localName, name);
            } else if (depth == pageDepth) {
                pageDepth = -1;
                emit(paragraphs);
                paragraphs = null;
            } else if (wordBox != null && name(localName, name).equals("span")) {
                addWord();
            }
        } finally {
            depth--;
        }
    }

    private void addWord() {
        String text = wordText.toString().strip();
        double[] box = wordBox;
        wordBox = null;
        if (text.isEmpty()) {
            return;
        }
        if (currentParagraph().isEmpty()) {
            currentParagraph().add(new ArrayList<>()); // a word outside any line Tesseract named: keep it anyway
        }
        paragraphs.getLast().getLast().add(new Placed(new Word(text, box[0], box[2], box[3] - box[1]), box[1], box[3]));
    }

    private List<List<Placed>> currentParagraph() {
        if (paragraphs.isEmpty()) {
            paragraphs.add(new ArrayList<>());
        }
        return paragraphs.getLast();
    }

    /** Writes the page: each table where its first word was, the other words in their paragraphs. */
    private void emit(List<List<List<Placed>>> page) throws SAXException {
        Map<Placed, Table> tableOf = new IdentityHashMap<>();
        for (Table table : tables(page)) {
            table.words().forEach(word -> tableOf.put(word, table));
        }
        Set<Table> written = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<List<Placed>> paragraph : page) {
            StringBuilder text = new StringBuilder();
            for (List<Placed> line : paragraph) {
                StringBuilder kept = new StringBuilder();
                for (Placed word : line) {
                    Table table = tableOf.get(word);
                    if (table == null) {
                        kept.append(kept.isEmpty() ? "" : " ")
                                .append(word.word().text());
                    } else if (written.add(table)) {
                        paragraph(text);
                        text.setLength(0);
                        table(table.rows());
                    }
                }
                if (!kept.isEmpty()) {
                    text.append(text.isEmpty() ? "" : "\n").append(kept);
                }
            }
            paragraph(text);
        }
    }

    private record Table(List<List<String>> rows, List<Placed> words) {}

    /**
     * The page's words in lines by their height on the page, whatever block Tesseract put them in; each run of
     * lines that break into cells is a table when {@link LayoutTables} says so.
     */
    private static List<Table> tables(List<List<List<Placed>>> page) {
        List<Placed> words = page.stream()
                .flatMap(List::stream)
                .flatMap(List::stream)
                .sorted(Comparator.comparingDouble(Placed::middle))
                .toList();
        List<List<Placed>> lines = new ArrayList<>();
        for (Placed word : words) {
            List<Placed> line = lines.isEmpty() ? null : lines.getLast();
            if (line != null
                    && Math.abs(word.middle() - line.getFirst().middle())
                            <= word.word().height() / 2) {
                line.add(word);
            } else {
                lines.add(new ArrayList<>(List.of(word)));
            }
        }
        lines.forEach(line -> line.sort(Comparator.comparingDouble(w -> w.word().start())));
        List<Table> tables = new ArrayList<>();
        for (List<List<Placed>> run :
                LayoutTables.runs(lines, line -> LayoutTables.cells(words(line)).size() >= LayoutTables.MIN_CELLS)) {
            addTable(run, tables);
        }
        return tables;
    }

    private static void addTable(List<List<Placed>> run, List<Table> tables) {
        List<List<List<String>>> found =
                LayoutTables.find(run.stream().map(HocrLayout::words).toList());
        if (found.size() == 1) {
            tables.add(new Table(
                    found.getFirst(), run.stream().flatMap(List::stream).toList()));
        }
    }

    private static List<Word> words(List<Placed> line) {
        return line.stream().map(Placed::word).toList();
    }

    private void paragraph(StringBuilder text) throws SAXException {
        if (text.isEmpty()) {
            return;
        }
        element("p", () -> characters(text.toString()));
    }

    private void table(List<List<String>> rows) throws SAXException {
        element("table", () -> {
            for (List<String> row : rows) {
                element("tr", () -> {
                    for (String cell : row) {
                        element("td", () -> characters(cell));
                    }
                });
            }
        });
    }

    private interface Body {
        void write() throws SAXException;
    }

    private void element(String name, Body body) throws SAXException {
        super.startElement("http://www.w3.org/1999/xhtml", name, name, NONE);
        body.write();
        super.endElement("http://www.w3.org/1999/xhtml", name, name);
    }

    private void characters(String text) throws SAXException {
        super.characters(text.toCharArray(), 0, text.length());
    }

    private static double[] box(String title) {
        Matcher matcher = title == null ? null : BOX.matcher(title);
        if (matcher == null || !matcher.find()) {
            return null;
        }
        return new double[] {
            Double.parseDouble(matcher.group(1)),
            Double.parseDouble(matcher.group(2)),
            Double.parseDouble(matcher.group(3)),
            Double.parseDouble(matcher.group(4))
        };
    }

    private static String name(String localName, String qName) {
        return localName == null || localName.isEmpty() ? qName : localName;
    }
}
