package dev.lectern.ingestion.parsing;

import java.util.ArrayList;
import java.util.List;

/** Gathers the rows and cells of one table from a stream of markup events. */
final class TableCollector {

    private final List<List<String>> rows = new ArrayList<>();
    private List<String> row;
    private StringBuilder cell;
    private int span;

    void startRow() {
        endRow();
        row = new ArrayList<>();
    }

    void endRow() {
        endCell();
        if (row != null) {
            rows.add(row);
            row = null;
        }
    }

    /** @param span how many columns the cell covers; the extra columns are left empty */
    void startCell(int span) {
        endCell();
        if (row == null) {
            row = new ArrayList<>();
        }
        cell = new StringBuilder();
        this.span = Math.clamp(span, 1, 100);
    }

    void endCell() {
        if (cell != null) {
            row.add(cell.toString());
            for (int extra = 1; extra < span; extra++) {
                row.add("");
            }
            cell = null;
        }
    }

    /** Text outside any cell (stray whitespace between tags) is dropped. */
    void append(CharSequence text) {
        if (cell != null) {
            cell.append(text);
        }
    }

    List<List<String>> finish() {
        endRow();
        return rows;
    }

    /** The table as running text, for a table nested in another table's cell, which Markdown cannot show. */
    String asText() {
        StringBuilder text = new StringBuilder();
        for (List<String> cells : finish()) {
            text.append(String.join(" ", cells)).append(' ');
        }
        return text.toString();
    }
}
