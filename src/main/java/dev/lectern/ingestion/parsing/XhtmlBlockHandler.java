package dev.lectern.ingestion.parsing;

import java.nio.CharBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Turns the XHTML that Tika emits into blocks, each tagged with the page, slide or sheet it sits on. */
final class XhtmlBlockHandler extends DefaultHandler {

    private enum Open {
        PARAGRAPH,
        HEADING,
        LIST_ITEM,
        CODE,
        TERM,
        DEFINITION
    }

    private static final Set<String> CONTAINERS = Set.of(
            "html",
            "body",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "nav",
            "aside",
            "ul",
            "ol",
            "dl",
            "blockquote",
            "figure",
            "form",
            "fieldset",
            "center");
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template");

    private final BlockList blocks;
    private final Places places;
    private final NestedTables tables = new NestedTables();
    private final int maxCharacters;
    private final long deadline;
    private final StringBuilder text = new StringBuilder();
    private Open open;
    private int headingLevel;
    private int openAt = -1; // depth of the element that opened the block; -1 for loose text
    private int depth;
    private int skipUntil = -1;
    private int embedded;
    private long characters;
    private String term = "";

    /** @param deadline the {@link System#nanoTime()} after which the parse is abandoned */
    XhtmlBlockHandler(BlockList blocks, Places places, int maxCharacters, long deadline) {
        this.blocks = blocks;
        this.places = places;
        this.maxCharacters = maxCharacters;
        this.deadline = deadline;
    }

    /** Documents embedded in this one (an e-mail's body part, an object in a Word file) keep the outer place. */
    void enterEmbedded() {
        flush();
        embedded++;
    }

    void exitEmbedded() {
        flush();
        embedded--;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        checkDeadline();
        depth++;
        if (skipUntil >= 0) {
            return;
        }
        String name = name(localName, qName);
        String cssClass = attributes.getValue("class");
        // slide masters repeat the template's placeholder text on every slide
        if (SKIPPED.contains(name) || "slide-master-content".equals(cssClass)) {
            skipUntil = depth;
            return;
        }
        if (name.equals("div") && embedded == 0 && Places.startsPlace(cssClass)) {
            flush();
            places.enter(cssClass);
        }
        if (name.equals("table") && !tables.inTable()) {
            flush();
        }
        if (tables.start(name, attributes)) {
            return;
        }
        if (tables.inTable()) {
            tables.append(" "); // p, br or li inside a cell: keep the words apart
        } else if (name.equals("br")) {
            text.append('\n');
        } else if (CONTAINERS.contains(name)) {
            flush();
        } else {
            open(name, kindOf(name, cssClass));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        try {
            if (skipUntil >= 0) {
                if (depth == skipUntil) {
                    skipUntil = -1;
                }
                return;
            }
            String name = name(localName, qName);
            if (tables.end(name, this::table) || tables.inTable()) {
                return;
            }
            boolean block = CONTAINERS.contains(name) || kindOf(name, null) != null;
            if (depth == openAt || (block && openAt < 0)) {
                flush();
            }
        } finally {
            depth--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipUntil >= 0) {
            return;
        }
        characters += length;
        if (characters > maxCharacters) {
            throw new WriteLimitReachedException(maxCharacters);
        }
        checkDeadline();
        if (tables.inTable()) {
            tables.append(CharBuffer.wrap(ch, start, length));
            return;
        }
        if (open == null) {
            open = Open.PARAGRAPH;
            openAt = -1;
        }
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (open != null) {
            text.append('\n');
        }
    }

    /** Emits what is still open; call once the parse has ended. */
    void finish() {
        flush();
        tables.closeAll(this::table);
    }

    private void open(String name, Open kind) {
        if (kind == Open.PARAGRAPH && (open == Open.LIST_ITEM || open == Open.DEFINITION) && openAt >= 0) {
            text.append('\n'); // a list item's own paragraphs stay in the item
        } else if (kind != null) {
            flush();
            open = kind;
            openAt = depth;
            headingLevel = kind == Open.HEADING ? name.charAt(1) - '0' : 0;
        }
    }

    private void table(List<List<String>> rows) {
        places.content();
        blocks.table(rows, places.current());
    }

    private void flush() {
        Open kind = open;
        open = null;
        openAt = -1;
        if (kind == null) {
            return;
        }
        String raw = text.toString();
        text.setLength(0);
        switch (kind) {
            case HEADING -> {
                places.heading(TextHygiene.clean(raw));
                blocks.heading(headingLevel, raw, places.current());
            }
            case LIST_ITEM -> blocks.listItem(raw, places.current());
            case CODE -> blocks.code(raw, places.current());
            case TERM -> term = TextHygiene.clean(raw);
            case DEFINITION -> {
                blocks.text(term.isEmpty() ? raw : term + ": " + raw, places.current());
                term = "";
            }
            case PARAGRAPH -> blocks.text(raw, places.current());
        }
    }

    private void checkDeadline() throws SAXException {
        if (System.nanoTime() - deadline > 0) {
            throw new SAXException("The parse ran past its deadline");
        }
    }

    private static Open kindOf(String name, String cssClass) {
        return switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Open.HEADING;
            case "p" ->
                cssClass != null && cssClass.toLowerCase(Locale.ROOT).startsWith("list")
                        ? Open.LIST_ITEM
                        : Open.PARAGRAPH;
            case "li" -> Open.LIST_ITEM;
            case "pre" -> Open.CODE;
            case "dt" -> Open.TERM;
            case "dd" -> Open.DEFINITION;
            case "address", "caption", "figcaption" -> Open.PARAGRAPH;
            default -> null;
        };
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }
}
