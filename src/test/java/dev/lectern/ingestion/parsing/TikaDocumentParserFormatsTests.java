package dev.lectern.ingestion.parsing;

import static dev.lectern.ingestion.parsing.Samples.blocks;
import static dev.lectern.ingestion.parsing.Samples.parse;
import static dev.lectern.ingestion.parsing.Samples.parseSample;
import static dev.lectern.ingestion.parsing.Samples.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.lectern.ingestion.parsing.Block.BlockKind;
import java.awt.geom.Rectangle2D;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word, PowerPoint, RTF, OpenDocument and EPUB documents. */
class TikaDocumentParserFormatsTests {

    // OCR off, so that these tests behave the same whether or not Tesseract is installed
    static final TikaDocumentParser parser = new TikaDocumentParser(TesseractAvailability.fixed(false));

    @TempDir
    Path directory;

    @AfterAll
    static void close() {
        parser.close();
    }

    @Test
    void readsWordHeadingsWithTheirLevelsAndListItems() throws Exception {
        ParsedDocument document = parseSample(parser, "category-level.docx");

        assertThat(blocks(document, BlockKind.HEADING))
                .extracting(Block::level, Block::text)
                .containsExactly(tuple(1, "A Heading 1"), tuple(2, "A Heading 2"), tuple(1, "Another Heading 1"));
        assertThat(texts(document, BlockKind.LIST_ITEM))
                .containsExactly("A top level list item", "Next level", "Same", "Second top-level list item");
        assertThat(document.title()).isEqualTo("A Heading 1");
        assertThat(document.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void readsNumberedWordListsAsListItemsKeepingTheirNumbers() throws Exception {
        ParsedDocument document = parseSample(parser, "example-list-items-multiple.docx");

        assertThat(texts(document, BlockKind.LIST_ITEM))
                .contains(
                        "This is simply dummy text of the printing and typesetting industry.",
                        "1) This is simply dummy text of the printing and typesetting industry.",
                        "a) The quick brown fox jumps over the lazy dog.",
                        "(1) Trying more lists.");
    }

    @Test
    void leavesOutWordRunningHeadersAndFooters() throws Exception {
        ParsedDocument document = parseSample(parser, "docx-hdrftr.docx");

        assertThat(texts(document, BlockKind.PARAGRAPH)).containsExactly("Main document");
    }

    @Test
    void numbersPowerPointSlides() throws Exception {
        ParsedDocument document = parseSample(parser, "fake-power-point-many-pages.pptx");

        assertThat(document.blocks())
                .extracting(Block::text, Block::location)
                .containsExactly(tuple("Page 1", Location.slide(1)), tuple("Page 2", Location.slide(2)));
    }

    @Test
    void keepsEachSlidesTextOnThatSlide() throws Exception {
        ParsedDocument document = parseSample(parser, "sample-presentation.pptx");

        assertThat(document.blocks())
                .filteredOn(block -> block.text().equals("This is the second content slide"))
                .singleElement()
                .extracting(Block::location)
                .isEqualTo(Location.slide(3));
        assertThat(blocks(document, BlockKind.TABLE))
                .singleElement()
                .satisfies(table -> assertThat(table.location()).isEqualTo(Location.slide(4)));
    }

    @Test
    void numbersLegacyPowerPointSlides() throws Exception {
        Path file = directory.resolve("legacy.ppt");
        try (HSLFSlideShow show = new HSLFSlideShow();
                OutputStream out = Files.newOutputStream(file)) {
            for (String text : List.of("Quarterly results", "Hiring plan")) {
                HSLFTextBox box = show.createSlide().createTextBox();
                box.setText(text);
                box.setAnchor(new Rectangle2D.Double(50, 50, 500, 80));
            }
            show.write(out);
        }

        ParsedDocument document = parse(parser, file);

        assertThat(document.mediaType()).isEqualTo("application/vnd.ms-powerpoint");
        assertThat(document.blocks())
                .extracting(Block::text, Block::location)
                .containsExactly(
                        tuple("Quarterly results", Location.slide(1)), tuple("Hiring plan", Location.slide(2)));
    }

    @Test
    void readsRtf() throws Exception {
        ParsedDocument document = parseSample(parser, "fake-doc.rtf");

        assertThat(document.mediaType()).isEqualTo("application/rtf");
        assertThat(texts(document, BlockKind.PARAGRAPH))
                .contains("My First Heading", "My first paragraph.", "Row 2, Cell 2");
    }

    @Test
    void readsOpenDocumentText() throws Exception {
        ParsedDocument document = parseSample(parser, "simple.odt");

        assertThat(document.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(blocks(document, BlockKind.HEADING))
                .extracting(Block::text)
                .containsExactly("These are a few of my favorite things:");
        assertThat(texts(document, BlockKind.LIST_ITEM)).containsExactly("Parrots", "Hockey");
        assertThat(texts(document, BlockKind.PARAGRAPH))
                .contains("This is my first thought. This is my second thought.");
    }

    @Test
    void readsEpubChapters() throws Exception {
        ParsedDocument document = parse(parser, GeneratedDocuments.epub(directory));

        assertThat(document.mediaType()).isEqualTo("application/epub+zip");
        assertThat(document.title()).isEqualTo("The Lighthouse Keeper");
        assertThat(texts(document, BlockKind.HEADING)).contains("Chapter One");
        assertThat(texts(document, BlockKind.PARAGRAPH))
                .contains("The keeper lit the lamp at dusk and watched the amber beam sweep the bay.");
        assertThat(texts(document, BlockKind.LIST_ITEM)).containsExactly("Trim the wick", "Polish the lens");
    }
}
