package dev.lectern.ingestion.parsing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.xml.sax.Attributes;

/** The tables open at a point of a markup stream; a table inside a cell becomes that cell's text. */
final class NestedTables {

    private final Deque<TableCollector> open = new ArrayDeque<>();

    boolean inTable() {
        return !open.isEmpty();
    }

    /** @return whether the element was a table element */
    boolean start(String name, Attributes attributes) {
        TableCollector current = open.peek();
        switch (name) {
            case "table" -> open.push(new TableCollector());
            case "tr" -> {
                if (current != null) {
                    current.startRow();
                }
            }
            case "td", "th" -> {
                if (current != null) {
                    current.startCell(span(attributes.getValue("colspan")));
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * @param finished receives the rows of an outermost table when it ends
     * @return whether the element was a table element
     */
    boolean end(String name, Consumer<List<List<String>>> finished) {
        TableCollector current = open.peek();
        if (current == null) {
            return false;
        }
        switch (name) {
            case "table" -> {
                open.pop();
                if (open.isEmpty()) {
                    finished.accept(current.finish());
                } else {
                    open.peek().append(" " + current.asText());
                }
            }
            case "tr" -> current.endRow();
            case "td", "th" -> current.endCell();
            default -> {
                return false;
            }
        }
        return true;
    }

    void append(CharSequence text) {
        if (!open.isEmpty()) {
            open.peek().append(text);
        }
    }

    /** Ends tables the markup never closed, outermost last. */
    void closeAll(Consumer<List<List<String>>> finished) {
        while (!open.isEmpty()) {
            end("table", finished);
        }
    }

    private static int span(String colspan) {
        try {
            return colspan == null ? 1 : Integer.parseInt(colspan.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
