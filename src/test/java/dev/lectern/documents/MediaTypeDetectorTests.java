package dev.lectern.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.shared.LecternProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaTypeDetectorTests {

    static final Path SAMPLES = Path.of("../shared/datasets/ingestion-docs");

    final MediaTypeDetector detector = new MediaTypeDetector();

    @TempDir
    Path directory;

    @Test
    void theBytesDecideWhateverTheNameSays() {
        assertThat(detector.detect(SAMPLES.resolve("pdf/fake-memo.pdf"), "memo.txt"))
                .isEqualTo("application/pdf");
        assertThat(detector.detect(SAMPLES.resolve("handbook-1p.docx"), "handbook.bin"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(detector.detect(SAMPLES.resolve("stanley-cups.xlsx"), "cups"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(detector.detect(SAMPLES.resolve("eml/fake-email.eml"), "mail.pdf"))
                .isEqualTo("message/rfc822");
    }

    @Test
    void theNameTurnsPlainTextIntoMarkdownOrCsvButNeverHtmlIntoPlainText() throws IOException {
        Path text = Files.writeString(directory.resolve("notes"), "# Title\n\nSome words, more words.\n");
        assertThat(detector.detect(text, "notes.md")).isEqualTo("text/markdown");
        assertThat(detector.detect(text, "notes.csv")).isEqualTo("text/csv");
        assertThat(detector.detect(text, "notes")).isEqualTo("text/plain");
        assertThat(detector.detect(SAMPLES.resolve("example-10k-1p.html"), "page.txt"))
                .isEqualTo("text/html");
    }

    @Test
    void unknownBytesAreRefusedEvenWithAKnownName() throws IOException {
        Path noise = Files.write(directory.resolve("noise"), new byte[] {0, 1, 2, 3, (byte) 0xFE, 7, 0, 9});
        assertThatThrownBy(() -> detector.detect(noise, "report.pdf"))
                .isInstanceOf(LecternProblem.class)
                .hasMessageContaining("could not be recognised");
    }

    @Test
    void aKnownTypeLecternCannotIndexIsNamedInTheRefusal() throws IOException {
        Path zip = directory.resolve("archive.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("inside.bin"));
            out.write("data".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThatThrownBy(() -> detector.detect(zip, "archive.zip"))
                .isInstanceOf(LecternProblem.class)
                .hasMessageContaining("is application/zip");
    }
}
