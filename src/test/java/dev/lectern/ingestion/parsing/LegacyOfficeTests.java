package dev.lectern.ingestion.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lectern.ingestion.parsing.Block.BlockKind;
import dev.lectern.ingestion.parsing.ParseFailure.Reason;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hslf.usermodel.HSLFSlide;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Legacy binary Office files. PowerPoint (.ppt) is written here with Apache POI; POI cannot write a Word .doc from
 * nothing, so the .doc files are Apache Tika's own test documents, unpacked by the build from Tika's published
 * test jar into target/legacy-office (see the pom), read under names that do not give their type away.
 */
class LegacyOfficeTests {

    static final TikaDocumentParser parser = new TikaDocumentParser(TesseractAvailability.fixed(false));

    @TempDir
    Path directory;

    @AfterAll
    static void close() {
        parser.close();
    }

    @Test
    void readsALegacyPowerPointFileSlideBySlide() throws Exception {
        Path ppt = directory.resolve("quarterly.bin"); // no telling name: the type comes from the bytes
        try (HSLFSlideShow show = new HSLFSlideShow();
                OutputStream out = Files.newOutputStream(ppt)) {
            slide(show, "Harbour expansion plan", "Dredging starts in March");
            slide(show, "Budget", "Forty two million euros approved");
            show.write(out);
        }

        ParsedDocument document = parser.parse(ppt, "quarterly.bin", ParseLimits.DEFAULT);

        assertThat(document.mediaType()).isEqualTo("application/vnd.ms-powerpoint");
        assertThat(Samples.allText(document))
                .contains("Harbour expansion plan", "Dredging starts in March", "Forty two million euros approved");
        assertThat(document.blocks())
                .filteredOn(block -> block.text().contains("Dredging"))
                .allSatisfy(block -> assertThat(block.location()).isEqualTo(Location.slide(1)));
        assertThat(document.blocks())
                .filteredOn(block -> block.text().contains("Forty two million"))
                .allSatisfy(block -> assertThat(block.location()).isEqualTo(Location.slide(2)));
    }

    static final Path WORD_SAMPLES = Path.of("target/legacy-office/test-documents");

    @Test
    void readsALegacyWordFileWithItsListsAndTableKept() throws Exception {
        ParsedDocument document =
                parser.parse(copy("testWORD_various.doc", "various.bin"), "various.bin", ParseLimits.DEFAULT);

        assertThat(document.mediaType()).isEqualTo("application/msword");
        assertThat(Samples.texts(document, BlockKind.LIST_ITEM))
                .containsSubsequence("Bullet 1", "Bullet 2", "Bullet 3")
                .contains("1) Number bullet 1");
        assertThat(Samples.texts(document, BlockKind.TABLE))
                .containsExactly("| Row 1 Col 1 | Row 1 Col 2 | Row 1 Col 3 |\n| --- | --- | --- |\n"
                        + "| Row 2 Col 1 | Row 2 Col 2 | Row 2 Col 3 |");
        assertThat(Samples.allText(document))
                .contains("ゾルゲと尾崎、淡々と最期", "This is a footnote.")
                .doesNotContain("\uFFFD"); // Word's footnote marks are not left behind as undecodable characters
    }

    @Test
    void aLegacyWordFileKeepsItsHeadingLevels() throws Exception {
        ParsedDocument document = parser.parse(copy("testWORD.doc", "sample.bin"), "sample.bin", ParseLimits.DEFAULT);

        assertThat(Samples.blocks(document, BlockKind.HEADING))
                .extracting(Block::level, Block::text)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(1, "Heading Level 1"),
                        org.assertj.core.groups.Tuple.tuple(2, "Heading Level 2"),
                        org.assertj.core.groups.Tuple.tuple(3, "Heading Level 3"));
    }

    @Test
    void aPasswordProtectedLegacyWordFileFailsSayingSo() throws Exception {
        Path locked = copy("testWORD_protected_passtika.doc", "locked.bin");

        ParseFailure failure =
                catchThrowableOfType(ParseFailure.class, () -> parser.parse(locked, "locked.bin", ParseLimits.DEFAULT));

        assertThat(failure.reason()).isEqualTo(Reason.PASSWORD_PROTECTED);
        assertThat(failure.getMessage()).contains("password protected");
    }

    private Path copy(String sample, String name) throws Exception {
        Path source = WORD_SAMPLES.resolve(sample);
        assertThat(source)
                .as("Tika test document %s (unpacked by the build)", sample)
                .isRegularFile();
        return Files.copy(source, directory.resolve(name));
    }

    private static void slide(HSLFSlideShow show, String title, String body) {
        HSLFSlide slide = show.createSlide();
        HSLFTextBox heading = slide.createTextBox();
        heading.setText(title);
        heading.setAnchor(new java.awt.Rectangle(50, 40, 600, 60));
        HSLFTextBox text = slide.createTextBox();
        text.setText(body);
        text.setAnchor(new java.awt.Rectangle(50, 140, 600, 200));
    }
}
