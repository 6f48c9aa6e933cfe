package dev.lectern.ingestion.parsing;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Legacy binary PowerPoint (.ppt), written here with Apache POI since no sample exists. (POI cannot write a .doc
 * from nothing: HWPF only opens existing files and ships no blank template.)
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
