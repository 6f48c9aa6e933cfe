package dev.lectern.ingestion.parsing;

import static dev.lectern.ingestion.parsing.Samples.blocks;
import static dev.lectern.ingestion.parsing.Samples.parse;
import static dev.lectern.ingestion.parsing.Samples.parseSample;
import static dev.lectern.ingestion.parsing.Samples.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.lectern.ingestion.parsing.Block.BlockKind;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables from Word, Excel, PowerPoint, CSV and TSV become Markdown tables in the right places. */
class TikaDocumentParserTableTests {

    static final TikaDocumentParser parser = new TikaDocumentParser(TesseractAvailability.fixed(false));

    @TempDir
    Path directory;

    @AfterAll
    static void close() {
        parser.close();
    }

    @Test
    void turnsWordTablesIntoMarkdownTables() throws Exception {
        ParsedDocument document = parseSample(parser, "docx-tables.docx");

        List<String> tables = texts(document, BlockKind.TABLE);
        assertThat(tables).hasSize(3);
        assertThat(tables.getFirst()).isEqualTo("""
                | Header Col 1 | Header Col 2 |
                | --- | --- |
                | Lorem ipsum | A link example |""");
        // Markdown has no nested tables: the inner table's cells become the outer cell's text
        assertThat(tables.get(1)).isEqualTo("""
                | a | >b< | c |
                | --- | --- | --- |
                | d | e f g&t h | i |
                | j | k | l |""");
        assertThat(texts(document, BlockKind.PARAGRAPH)).contains("Simple uniform table", "Nested Table");
    }

    @Test
    void readsTheTableOfAWordFileThatStartsWithOne() throws Exception {
        ParsedDocument document = parseSample(parser, "fake_table.docx");

        assertThat(document.blocks().getFirst().kind()).isEqualTo(BlockKind.TABLE);
        assertThat(document.blocks().getFirst().text()).isEqualTo("""
                | Header Col 1 | Header Col 2 |
                | --- | --- |
                | Lorem ipsum | A Link example |""");
        assertThat(texts(document, BlockKind.PARAGRAPH)).containsExactly("Dolor sit amet");
    }

    @Test
    void readsEachExcelSheetAsATableNamedAfterTheSheet() throws Exception {
        ParsedDocument document = parseSample(parser, "stanley-cups.xlsx");

        List<Block> tables = blocks(document, BlockKind.TABLE);
        assertThat(tables)
                .extracting(Block::location)
                .containsExactly(Location.sheet(1, "Stanley Cups"), Location.sheet(2, "Stanley Cups Since 67"));
        assertThat(tables.getFirst().text()).isEqualTo("""
                | Team | Location | Stanley Cups |
                | --- | --- | --- |
                | Blues | STL | 1 |
                | Flyers | PHI | 2 |
                | Maple Leafs | TOR | 13 |""");
        assertThat(tables.get(1).text()).endsWith("| Maple Leafs | TOR | 0 |");
        // the sheet's name is a heading, but the workbook's title is not a sheet name
        assertThat(texts(document, BlockKind.HEADING)).containsExactly("Stanley Cups", "Stanley Cups Since 67");
    }

    @Test
    void keepsRaggedSpreadsheetRowsInTheirColumns() throws Exception {
        ParsedDocument document = parseSample(parser, "xlsx-subtable-cases.xlsx");

        Block table = blocks(document, BlockKind.TABLE).getFirst();
        assertThat(table.location()).isEqualTo(Location.sheet(1, "Sheet1"));
        assertThat(table.text().lines().toList())
                .startsWith("| a | b |  |  |", "| --- | --- | --- | --- |", "| c | d |  | e |", "|  |  |  | - f |")
                .allSatisfy(
                        line -> assertThat(line.chars().filter(c -> c == '|')).hasSize(5));
    }

    @Test
    void numbersLegacyExcelSheets() throws Exception {
        Path file = directory.resolve("prices.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            fill(workbook.createSheet("Fruit"), "Apple", "0.50");
            fill(workbook.createSheet("Vegetables"), "Leek", "1.20");
            workbook.write(out);
        }

        ParsedDocument document = parse(parser, file);

        assertThat(document.mediaType()).isEqualTo("application/vnd.ms-excel");
        assertThat(blocks(document, BlockKind.TABLE))
                .extracting(Block::location, Block::text)
                .containsExactly(
                        tuple(Location.sheet(1, "Fruit"), "| Item | Price |\n| --- | --- |\n| Apple | 0.50 |"),
                        tuple(Location.sheet(2, "Vegetables"), "| Item | Price |\n| --- | --- |\n| Leek | 1.20 |"));
    }

    @Test
    void keepsQuotedCommasInsideCsvCells() throws Exception {
        ParsedDocument document = parseSample(parser, "csv-with-escaped-commas.csv");

        assertThat(document.mediaType()).isEqualTo("text/csv");
        assertThat(document.blocks()).singleElement().satisfies(table -> {
            assertThat(table.kind()).isEqualTo(BlockKind.TABLE);
            assertThat(table.text()).isEqualTo("""
                    | A | A | A | A | A |
                    | --- | --- | --- | --- | --- |
                    | A | A | A | A,A | A |
                    | A | A | A | A,A | A |""");
        });
    }

    @Test
    void findsTheSemicolonDelimiterOfACsv() throws Exception {
        ParsedDocument document = parseSample(parser, "semicolon-delimited.csv");

        assertThat(document.blocks())
                .singleElement()
                .extracting(Block::text)
                .asString()
                .startsWith("| Lorem, ipsum | dolor sit | amet |\n| --- | --- | --- |\n")
                .contains("| sed, do | eiusmod | tempor incididunt |");
    }

    @Test
    void readsTabSeparatedValues() throws Exception {
        ParsedDocument document = parseSample(parser, "stanley-cups.tsv");

        assertThat(document.mediaType()).isEqualTo("text/tab-separated-values");
        assertThat(document.blocks())
                .singleElement()
                .extracting(Block::text)
                .asString()
                .contains("| Team | Location | Stanley Cups |", "| Maple Leafs | TOR | 13 |");
    }

    @Test
    void readsCsvCellsThatHoldLineBreaks() throws Exception {
        Path file = directory.resolve("notes.csv");
        Files.writeString(file, "name,note\nAda,\"first line\nsecond line\"\nGrace,\"said \"\"hi\"\"\"\n");

        ParsedDocument document = parse(parser, file);

        assertThat(document.blocks()).singleElement().extracting(Block::text).isEqualTo("""
                | name | note |
                | --- | --- |
                | Ada | first line second line |
                | Grace | said "hi" |""");
    }

    @Test
    void readsPowerPointTables() throws Exception {
        ParsedDocument document = parseSample(parser, "fake-power-point-table.pptx");

        assertThat(blocks(document, BlockKind.TABLE)).singleElement().satisfies(table -> {
            assertThat(table.location()).isEqualTo(Location.slide(1));
            assertThat(table.text())
                    .startsWith("| Column 1 | Column 2 | Column 3 |")
                    .endsWith("| Tangerine | Pink | Aqua |");
        });
    }

    private static void fill(HSSFSheet sheet, String item, String price) {
        var header = sheet.createRow(0);
        header.createCell(0).setCellValue("Item");
        header.createCell(1).setCellValue("Price");
        var row = sheet.createRow(1);
        row.createCell(0).setCellValue(item);
        row.createCell(1).setCellValue(price);
    }
}
