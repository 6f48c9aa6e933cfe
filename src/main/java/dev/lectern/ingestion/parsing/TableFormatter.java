package dev.lectern.ingestion.parsing;

import java.util.ArrayList;
import java.util.List;

/** Renders rows of cells as a Markdown table: header row, separator, one line per row. */
final class TableFormatter {

    private TableFormatter() {}

    /** Cleans the cells and drops rows and columns that are empty throughout; the first row left is the header. */
    static List<List<String>> tidy(List<List<String>> rows) {
        List<List<String>> cleaned = new ArrayList<>();
        int width = 0;
        for (List<String> row : rows) {
            List<String> cells =
                    new ArrayList<>(row.stream().map(TextHygiene::clean).toList());
            while (!cells.isEmpty() && cells.getLast().isEmpty()) {
                cells.removeLast();
            }
            if (!cells.isEmpty()) {
                cleaned.add(cells);
                width = Math.max(width, cells.size());
            }
        }
        boolean[] used = new boolean[width];
        for (List<String> row : cleaned) {
            for (int column = 0; column < row.size(); column++) {
                used[column] |= !row.get(column).isEmpty();
            }
        }
        List<List<String>> tidy = new ArrayList<>(cleaned.size());
        for (List<String> row : cleaned) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < width; column++) {
                if (used[column]) {
                    cells.add(column < row.size() ? row.get(column) : "");
                }
            }
            tidy.add(cells);
        }
        return tidy;
    }

    /** The Markdown for rows already {@link #tidy tidied}; every row has the same width. */
    static String markdown(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder table = new StringBuilder();
        appendRow(table, rows.getFirst());
        table.append("\n|");
        table.append(" --- |".repeat(rows.getFirst().size()));
        for (List<String> row : rows.subList(1, rows.size())) {
            table.append('\n');
            appendRow(table, row);
        }
        return table.toString();
    }

    private static void appendRow(StringBuilder table, List<String> cells) {
        table.append('|');
        for (String cell : cells) {
            table.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
    }
}
