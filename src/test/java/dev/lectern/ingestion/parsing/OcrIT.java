package dev.lectern.ingestion.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lectern.ingestion.parsing.Block.BlockKind;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads scans and pictures with the Tesseract that db/install-ocr.sh installs. */
class OcrIT {

    static final TesseractAvailability tesseract = new TesseractAvailability();
    static final TikaDocumentParser parser = new TikaDocumentParser(tesseract);

    @TempDir
    Path directory;

    @BeforeAll
    static void needsTesseract() {
        assertThat(tesseract.installed())
                .as("tesseract is not on the PATH; install it with db/install-ocr.sh")
                .isTrue();
    }

    @AfterAll
    static void close() {
        parser.close();
    }

    @Test
    void readsTheWordsInAPicture() throws Exception {
        Path png = GeneratedDocuments.png(directory, "Lectern reads scanned invoices", "Total due 4312 euros");

        ParsedDocument document = parser.parse(png, "invoice.png", ParseLimits.DEFAULT);

        assertThat(document.mediaType()).isEqualTo("image/png");
        assertThat(Samples.allText(document)).contains("Lectern", "scanned", "invoices", "4312");
    }

    @ParameterizedTest
    @CsvSource({"jpg, image/jpeg", "tiff, image/tiff"})
    void readsJpegAndTiffPictures(String format, String mediaType) throws Exception {
        Path picture = GeneratedDocuments.image(directory, format, "Quarterly safety inspection");

        ParsedDocument document = parser.parse(picture, picture.getFileName().toString(), ParseLimits.DEFAULT);

        assertThat(document.mediaType()).isEqualTo(mediaType);
        assertThat(Samples.allText(document)).contains("safety", "inspection");
    }

    @Test
    void readsAScannedPdfPageAndKeepsItsPageNumber() throws Exception {
        Path scan = GeneratedDocuments.scannedPdf(directory, "Minutes of the harbour board", "Approved unanimously");

        ParsedDocument document = parser.parse(scan, "scan.pdf", ParseLimits.DEFAULT);

        assertThat(Samples.allText(document)).contains("harbour", "board", "unanimously");
        assertThat(document.blocks())
                .allSatisfy(block -> assertThat(block.location()).isEqualTo(Location.page(1)));
    }

    @Test
    void putsBackTheRowsOfATableInAPicture() throws Exception {
        String[][] rows = {
            {"Region", "Quarter", "Revenue"},
            {"North", "Spring", "1200"},
            {"South", "Spring", "950"},
            {"East", "Autumn", "1430"},
        };
        Path png = GeneratedDocuments.tablePng(
                directory, "Quarterly revenue by region", rows, "Figures are in thousands of euros.");

        ParsedDocument document = parser.parse(png, "revenue.png", ParseLimits.DEFAULT);

        // Tesseract's text alone gives the Revenue column after the note, one number a line
        assertThat(document.blocks())
                .extracting(Block::kind)
                .containsExactly(BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH);
        assertThat(document.blocks().get(0).text()).isEqualTo("Quarterly revenue by region");
        assertThat(document.blocks().get(1).text())
                .contains("| Region | Quarter | Revenue |", "| North | Spring | 1200 |", "| East | Autumn | 1430 |");
        assertThat(document.blocks().get(2).text()).isEqualTo("Figures are in thousands of euros.");
    }

    @Test
    void readsTheScannedTableSampleAsATable() throws Exception {
        ParsedDocument document = Samples.parseSample(parser, "pdf/single_table.pdf");

        assertThat(Samples.texts(document, BlockKind.TABLE))
                .singleElement()
                .satisfies(table -> assertThat(table).contains("Chipper", "Base 512", "96.20 (57.53)"));
        assertThat(document.blocks())
                .allSatisfy(block -> assertThat(block.location()).isEqualTo(Location.page(1)));
    }

    @Test
    void readsTheTextOfAPictureOnASlide() throws Exception {
        ParsedDocument document = Samples.parseSample(parser, "picture.pptx");

        // the slide holds nothing but the "python powered" logo
        assertThat(Samples.allText(document)).contains("powered");
        assertThat(document.blocks())
                .allSatisfy(block -> assertThat(block.location()).isEqualTo(Location.slide(1)));
    }

    @Test
    void readsThePicturesOfAWordDocumentBesideItsText() throws Exception {
        ParsedDocument document = Samples.parseSample(parser, "contains-pictures.docx");

        assertThat(Samples.allText(document)).contains("An inline picture appears here", "powered");
    }

    @Test
    void leavesPicturesInWordDocumentsUnreadWithoutOcr() throws Exception {
        try (TikaDocumentParser withoutOcr = new TikaDocumentParser(TesseractAvailability.fixed(false))) {
            ParsedDocument document = Samples.parseSample(withoutOcr, "contains-pictures.docx");

            assertThat(Samples.allText(document))
                    .contains("An inline picture appears here")
                    .doesNotContain("powered");
        }
    }

    @Test
    void keepsThePdfTextLayerOfAnAlreadyOcredScan() throws Exception {
        ParsedDocument document = Samples.parseSample(parser, "pdf/pdf-with-ocr-text.pdf");

        assertThat(Samples.allText(document)).contains("Foundation");
    }

    @Test
    void findsNoTextInABlankPicture() throws Exception {
        Path blank = GeneratedDocuments.png(directory);

        ParseFailure failure =
                catchThrowableOfType(ParseFailure.class, () -> parser.parse(blank, "blank.png", ParseLimits.DEFAULT));

        assertThat(failure.reason()).isEqualTo(ParseFailure.Reason.NO_TEXT);
    }
}
