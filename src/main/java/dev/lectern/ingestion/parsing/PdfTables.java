package dev.lectern.ingestion.parsing;

import dev.lectern.ingestion.parsing.Block.BlockKind;
import dev.lectern.ingestion.parsing.LayoutTables.Word;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Puts back the tables of a PDF's text layer, which Tika extracts as runs of loose words: PDFBox gives each word's
 * position, {@link LayoutTables} finds the tables in the lines, and each table takes the place of the paragraphs
 * that held its words.
 */
final class PdfTables {

    private PdfTables() {}

    /** The blocks with each table found on a page in place of the paragraphs of that page that held its words. */
    static List<Block> restore(Path pdf, List<Block> blocks, long deadline) throws IOException {
        Map<Integer, List<List<List<String>>>> tables = find(pdf, deadline);
        List<Block> result = new ArrayList<>(blocks);
        tables.forEach((page, found) -> found.forEach(table -> replace(result, page, table)));
        return result;
    }

    static Map<Integer, List<List<List<String>>>> find(Path pdf, long deadline) throws IOException {
        Map<Integer, List<List<List<String>>>> tables = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            LineCollector lines = new LineCollector(deadline);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                lines.setStartPage(page);
                lines.setEndPage(page);
                lines.lines.clear();
                lines.writeText(document, new StringWriter());
                lines.endLine();
                List<List<List<String>>> found = LayoutTables.find(lines.lines);
                if (!found.isEmpty()) {
                    tables.put(page, found);
                }
            }
        }
        return tables;
    }

    /**
     * The table replaces the paragraphs of its page, from the first whose words all belong to the table, as long
     * as the following ones' do too. When no paragraph matches (Tika read the page otherwise), nothing changes.
     */
    private static void replace(List<Block> blocks, int page, List<List<String>> rows) {
        Map<String, Integer> words = new HashMap<>();
        rows.forEach(row -> row.forEach(cell -> words(cell).forEach(word -> words.merge(word, 1, Integer::sum))));
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (onPage(block, page) && words(block.text()).size() >= 2 && takeWords(block, words)) {
                int end = i + 1;
                while (end < blocks.size() && onPage(blocks.get(end), page) && takeWords(blocks.get(end), words)) {
                    end++;
                }
                Location location = block.location();
                blocks.subList(i, end).clear();
                List<List<String>> tidy = TableFormatter.tidy(rows);
                blocks.add(i, Block.of(BlockKind.TABLE, TableFormatter.markdown(tidy), location));
                return;
            }
        }
    }

    private static boolean onPage(Block block, int page) {
        return block.kind() != BlockKind.TABLE
                && block.location().kind() == Location.Kind.PAGE
                && block.location().number() == page;
    }

    /** Whether every word of the block is among the table's words not yet taken; if so, takes them. */
    private static boolean takeWords(Block block, Map<String, Integer> words) {
        Map<String, Integer> left = new HashMap<>(words);
        for (String word : words(block.text())) {
            if (left.merge(word, -1, Integer::sum) < 0) {
                return false;
            }
        }
        words.clear();
        words.putAll(left);
        return true;
    }

    /** Words compared by their letters and digits only: PDF fonts lose signs and dashes in one reader, not another. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            String kept = word.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
            if (!kept.isEmpty()) {
                words.add(kept);
            }
        }
        return words;
    }

    /** Collects the words of each line of a page with their positions, as PDFBox orders them. */
    private static final class LineCollector extends PDFTextStripper {

        private final long deadline;
        final List<List<Word>> lines = new ArrayList<>();
        private List<Word> line = new ArrayList<>();
        private double lineY;

        LineCollector(long deadline) {
            this.deadline = deadline;
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Parsing took longer than allowed");
            }
            TextPosition first = positions.getFirst();
            TextPosition last = positions.getLast();
            double height = positions.stream()
                    .mapToDouble(TextPosition::getHeightDir)
                    .max()
                    .orElse(0);
            // a paragraph break reaches no line separator: a word lower down the page starts a new line anyway
            if (Math.abs(first.getYDirAdj() - lineY) > height / 2) {
                endLine();
            }
            lineY = first.getYDirAdj();
            line.add(new Word(text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), height));
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        void endLine() {
            if (!line.isEmpty()) {
                lines.add(line);
                line = new ArrayList<>();
            }
        }
    }
}
