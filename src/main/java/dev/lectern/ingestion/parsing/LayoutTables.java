package dev.lectern.ingestion.parsing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds tables in the laid-out lines of a page, which a PDF gives without any table structure: consecutive lines
 * that break into two or more cells at wide gaps, with the cells of every line in the same columns, are a table.
 * Cells stay short in a table; two columns of running prose, whose lines also break at one wide gap, are not one.
 */
final class LayoutTables {

    /** A gap wider than this many text heights separates two cells; word spaces are about half a height. */
    static final double CELL_GAP = 2.0;

    /** A line of a table breaks into at least this many cells. */
    static final int MIN_CELLS = 2;

    private static final int MIN_ROWS = 2;
    private static final int MAX_MEDIAN_CELL_LENGTH = 20;

    /** A word of a line and where it starts and ends across the page. */
    record Word(String text, double start, double end, double height) {}

    /** A run of words with no wide gap inside. */
    record Cell(String text, double start, double end) {}

    private LayoutTables() {}

    /** The tables among a page's lines, each as rows of cells, the first row the header. */
    static List<List<List<String>>> find(List<List<Word>> lines) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<Cell>> cellLines = lines.stream().map(LayoutTables::cells).toList();
        for (List<List<Cell>> run : runs(cellLines, cells -> cells.size() >= MIN_CELLS)) {
            collect(run, tables);
        }
        return tables;
    }

    /** The runs of consecutive lines that break into cells, in page order: the places a table may be. */
    static <L> List<List<L>> runs(List<L> lines, Predicate<L> breaksIntoCells) {
        List<List<L>> runs = new ArrayList<>();
        List<L> run = new ArrayList<>();
        for (L line : lines) {
            if (breaksIntoCells.test(line)) {
                run.add(line);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    static List<Cell> cells(List<Word> line) {
        List<Cell> cells = new ArrayList<>();
        Word first = null;
        Word last = null;
        StringBuilder text = new StringBuilder();
        for (Word word : line) {
            if (last != null && word.start() - last.end() > CELL_GAP * Math.max(word.height(), last.height())) {
                cells.add(new Cell(text.toString().strip(), first.start(), last.end()));
                text.setLength(0);
                first = null;
            }
            first = first == null ? word : first;
            text.append(word.text()).append(' ');
            last = word;
        }
        if (first != null) {
            cells.add(new Cell(text.toString().strip(), first.start(), last.end()));
        }
        return cells;
    }

    private static void collect(List<List<Cell>> run, List<List<List<String>>> tables) {
        if (run.size() < MIN_ROWS || !tabular(run)) {
            return;
        }
        List<double[]> columns = columns(run);
        // every cell of every row must fall in one column of its own, or the lines only look alike
        List<List<String>> rows = new ArrayList<>();
        for (List<Cell> line : run) {
            String[] row = new String[columns.size()];
            java.util.Arrays.fill(row, "");
            for (Cell cell : line) {
                int column = column(columns, cell);
                if (!row[column].isEmpty()) {
                    return;
                }
                row[column] = cell.text();
            }
            rows.add(new ArrayList<>(List.of(row)));
        }
        tables.add(mergeHeaderContinuation(rows));
    }

    /**
     * Table cells are short: the median cell of a table is a word or a number, not a line of prose; and cells that
     * start with bullets are lists laid out in columns.
     */
    private static boolean tabular(List<List<Cell>> run) {
        if (run.stream().flatMap(List::stream).anyMatch(cell -> TextHygiene.startsWithBullet(cell.text()))) {
            return false;
        }
        List<Integer> lengths = run.stream()
                .flatMap(List::stream)
                .map(cell -> cell.text().length())
                .sorted()
                .toList();
        return lengths.get(lengths.size() / 2) <= MAX_MEDIAN_CELL_LENGTH;
    }

    /** Columns are the spans across the page that the cells of all rows cover, overlapping ones merged. */
    private static List<double[]> columns(List<List<Cell>> run) {
        List<Cell> cells = run.stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparingDouble(Cell::start))
                .toList();
        List<double[]> columns = new ArrayList<>();
        for (Cell cell : cells) {
            double[] last = columns.isEmpty() ? null : columns.getLast();
            if (last != null && cell.start() <= last[1]) {
                last[1] = Math.max(last[1], cell.end());
            } else {
                columns.add(new double[] {cell.start(), cell.end()});
            }
        }
        return columns;
    }

    private static int column(List<double[]> columns, Cell cell) {
        for (int i = 0; i < columns.size(); i++) {
            if (cell.start() >= columns.get(i)[0] && cell.start() <= columns.get(i)[1]) {
                return i;
            }
        }
        throw new IllegalStateException("A cell outside every column");
    }

    /**
     * A header cell that wraps puts its second line in a row of its own, which fills only some columns: when the
     * second row is such a partial row and full rows follow, it joins the header.
     */
    private static List<List<String>> mergeHeaderContinuation(List<List<String>> rows) {
        if (rows.size() < 3
                || filled(rows.get(1)) * 2 > rows.get(1).size()
                || filled(rows.get(2)) < filled(rows.get(0))) {
            return rows;
        }
        List<String> header = rows.getFirst();
        List<String> continuation = rows.get(1);
        for (int i = 0; i < header.size(); i++) {
            header.set(i, (header.get(i) + " " + continuation.get(i)).strip());
        }
        List<List<String>> merged = new ArrayList<>(rows);
        merged.remove(1);
        return merged;
    }

    private static long filled(List<String> row) {
        return row.stream().filter(cell -> !cell.isEmpty()).count();
    }
}
