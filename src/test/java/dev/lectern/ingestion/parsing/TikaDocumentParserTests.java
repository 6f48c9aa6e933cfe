package dev.lectern.ingestion.parsing;

import static dev.lectern.ingestion.parsing.Samples.parse;
import static dev.lectern.ingestion.parsing.Samples.parseSample;
import static dev.lectern.ingestion.parsing.Samples.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.lectern.ingestion.parsing.Block.BlockKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF pages, paragraphs and running headers, and recognising a type from the bytes. */
class TikaDocumentParserTests {

    // OCR off, so that these tests behave the same whether or not Tesseract is installed
    static final TikaDocumentParser parser = new TikaDocumentParser(TesseractAvailability.fixed(false));

    @TempDir
    Path directory;

    @AfterAll
    static void close() {
        parser.close();
    }

    @Test
    void keepsPdfPageNumbers() throws Exception {
        ParsedDocument document = parse(parser, GeneratedDocuments.pdfWithPages(directory, 12, 5));

        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.blocks())
                .allSatisfy(block -> assertThat(block.location().kind()).isEqualTo(Location.Kind.PAGE));
        Pattern marker = Pattern.compile("page (\\d+)");
        assertThat(document.blocks()).hasSizeGreaterThanOrEqualTo(12).allSatisfy(block -> {
            Matcher found = marker.matcher(block.text());
            assertThat(found.find()).as(block.text()).isTrue();
            assertThat(block.location().number()).isEqualTo(Integer.parseInt(found.group(1)));
        });
        assertThat(document.blocks().getLast().location().number()).isEqualTo(12);
    }

    @Test
    void dropsRunningHeadersAndFootersOfPdfPages() throws Exception {
        ParsedDocument document = parse(parser, GeneratedDocuments.pdfWithRunningHeaders(directory, 4));

        assertThat(document.blocks())
                .extracting(Block::text, Block::location)
                .containsExactly(
                        tuple("Finding 1: the fire doors stay open.", Location.page(1)),
                        tuple("Finding 2: two badges have expired.", Location.page(2)),
                        tuple("Finding 3: a lock on the store is broken.", Location.page(3)),
                        tuple("Finding 4: no issues.", Location.page(4)));
    }

    @Test
    void placesTextOfTheSecondPageOfARealPdfOnPageTwo() throws Exception {
        ParsedDocument document = parseSample(parser, "pdf/list-item-example.pdf");

        Block onPageTwo = document.blocks().stream()
                .filter(block -> block.text().contains("Budgeting and resource planning"))
                .findFirst()
                .orElseThrow();
        assertThat(onPageTwo.location()).isEqualTo(Location.page(2));
        assertThat(document.blocks().getFirst().location()).isEqualTo(Location.page(1));
        assertThat(document.title()).isNotBlank();
    }

    @Test
    void joinsPdfLinesIntoParagraphsAndBulletsIntoListItems() throws Exception {
        ParsedDocument document = parseSample(parser, "pdf/list-item-example.pdf");

        assertThat(texts(document, BlockKind.PARAGRAPH))
                .anySatisfy(text -> assertThat(text)
                        .startsWith("This module introduces the learner to the importance and principles of product")
                        .doesNotContain("\n"));
        // the item's second line is a paragraph of its own in Tika's output
        assertThat(texts(document, BlockKind.LIST_ITEM))
                .contains(
                        "What challenges may arise in development?", "Which products should be developed and tested?");
    }

    @Test
    void recognisesTheTypeFromTheBytesNotTheName() throws Exception {
        Path renamed = directory.resolve("memo.txt");
        Files.copy(Samples.sample("pdf/fake-memo.pdf"), renamed);

        ParsedDocument document = parse(parser, renamed);

        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(Samples.allText(document)).contains("20,000 bottles of water");
    }

    @Test
    void collapsesWhitespaceAndDropsEmptyParagraphs() throws IOException, ParseFailure {
        ParsedDocument document = parseSample(parser, "pdf/fake-memo.pdf");

        assertThat(document.blocks())
                .allSatisfy(block -> assertThat(block.text())
                        .isNotBlank()
                        .doesNotContain("  ", "\n")
                        .isEqualTo(block.text().strip()));
        assertThat(texts(document, BlockKind.PARAGRAPH))
                .contains("There were 20,000 bottles of water, 10,000 blankets, and 200 laptops delivered on"
                        + " January 23, 2023. A total of 3 trucks were used for 15 hours.");
    }
}
