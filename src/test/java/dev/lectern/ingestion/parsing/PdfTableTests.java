package dev.lectern.ingestion.parsing;

import static dev.lectern.ingestion.parsing.Samples.blocks;
import static dev.lectern.ingestion.parsing.Samples.parseSample;
import static dev.lectern.ingestion.parsing.Samples.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.ingestion.parsing.Block.BlockKind;
import dev.lectern.ingestion.parsing.LayoutTables.Word;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Tables in a PDF's text layer come back as Markdown tables on their page, in place of their loose words. */
class PdfTableTests {

    static final TikaDocumentParser parser = new TikaDocumentParser(TesseractAvailability.fixed(false));

    @AfterAll
    static void close() {
        parser.close();
    }

    @Test
    void readsATableOfNumbersRowByRow() throws Exception {
        ParsedDocument document = parseSample(parser, "pdf/all-number-table.pdf");

        assertThat(blocks(document, BlockKind.TABLE)).singleElement().satisfies(table -> {
            assertThat(table.location()).isEqualTo(Location.page(1));
            assertThat(table.text()).isEqualTo("""
                    | 200.01 | 1 |
                    | --- | --- |
                    | 400.01 | 3 |
                    | 600.01 | 5 |
                    | 800.01 | 7 |
                    | 1000.01 | 9 |
                    | 1200.01 | 11 |
                    | 1400.01 | 13 |
                    | 1600.01 | 15 |""");
        });
        // the loose numbers Tika extracted are gone, not repeated beside the table
        assertThat(texts(document, BlockKind.PARAGRAPH)).noneMatch(text -> text.contains("400.01"));
    }

    @Test
    void joinsAWrappedHeaderAndKeepsTheCaptionAndTextAroundTheTable() throws Exception {
        ParsedDocument document = parseSample(parser, "pdf/embedded-images-tables.pdf");

        List<String> tables = texts(document, BlockKind.TABLE);
        assertThat(tables).hasSize(1);
        List<String> lines = tables.getFirst().lines().toList();
        assertThat(lines).hasSize(8); // header, separator, six rows
        assertThat(lines.getFirst())
                .isEqualTo("| Inhibitor concentration (g) | bc (V/dec) | ba (V/dec) | Ecorr (V) | icorr (A/cm2)"
                        + " | Polarization resistance (Ω) | Corrosion rate (mm/year) |");
        assertThat(lines.get(2)).startsWith("| 0 | 0.0335 | 0.0409 |").contains("0.9393", "| 24.0910 | 2.8163 |");
        assertThat(lines.get(7)).startsWith("| 10 | 0.0382 | 0.0086 |").endsWith("| 246.080 | 0.0919 |");
        assertThat(blocks(document, BlockKind.TABLE).getFirst().location()).isEqualTo(Location.page(1));
        List<String> paragraphs = texts(document, BlockKind.PARAGRAPH);
        assertThat(paragraphs).anyMatch(text -> text.startsWith("Table 1 Potentiodynamic polarization data"));
        assertThat(paragraphs).anyMatch(text -> text.startsWith("Fig. 4. Anodic and cathodic"));
        assertThat(paragraphs).noneMatch(text -> text.contains("0.0335"));
    }

    @Test
    void leavesListsLaidOutInTwoColumnsAsLists() throws Exception {
        ParsedDocument document = parseSample(parser, "pdf/list-item-example.pdf");

        assertThat(blocks(document, BlockKind.TABLE)).isEmpty();
        assertThat(texts(document, BlockKind.LIST_ITEM)).contains("The role of the design team");
    }

    @Test
    void findsNoTableInRunningTextOrTwoColumnProse() throws Exception {
        for (String name :
                List.of("pdf/multi-column-2p.pdf", "pdf/fake-memo.pdf", "pdf/interface-config-guide-p93.pdf")) {
            assertThat(blocks(parseSample(parser, name), BlockKind.TABLE))
                    .as(name)
                    .isEmpty();
        }
    }

    @Test
    void aLineOfWordsWithOrdinarySpacesIsOneCell() {
        List<Word> line =
                List.of(new Word("net", 10, 20, 4), new Word("sales", 22, 38, 4), new Word("2024", 60, 76, 4));

        assertThat(LayoutTables.cells(line)).extracting(LayoutTables.Cell::text).containsExactly("net sales", "2024");
    }
}
