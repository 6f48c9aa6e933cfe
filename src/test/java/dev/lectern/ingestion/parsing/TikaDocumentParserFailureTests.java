package dev.lectern.ingestion.parsing;

import static dev.lectern.ingestion.parsing.Samples.parse;
import static dev.lectern.ingestion.parsing.Samples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lectern.ingestion.parsing.ParseFailure.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents that cannot be read fail with a reason and a message a user can act on. */
class TikaDocumentParserFailureTests {

    static final TikaDocumentParser parser = new TikaDocumentParser(TesseractAvailability.fixed(false));

    @TempDir
    Path directory;

    @AfterAll
    static void close() {
        parser.close();
    }

    @Test
    void rejectsEncryptedXlsxAsPasswordProtected() {
        ParseFailure failure = failure(sample("password_protected.xlsx"), ParseLimits.DEFAULT);

        assertThat(failure.reason()).isEqualTo(Reason.PASSWORD_PROTECTED);
        assertThat(failure.getMessage())
                .isEqualTo("The file is password protected; remove the password and upload it again.");
    }

    @Test
    void rejectsPdfWithUserPasswordAsPasswordProtected() throws Exception {
        ParseFailure failure = failure(GeneratedDocuments.encryptedPdf(directory), ParseLimits.DEFAULT);

        assertThat(failure.reason()).isEqualTo(Reason.PASSWORD_PROTECTED);
    }

    @Test
    void findsNoTextInAnEmptyWorkbook() {
        ParseFailure failure = failure(sample("empty.xlsx"), ParseLimits.DEFAULT);

        assertThat(failure.reason()).isEqualTo(Reason.NO_TEXT);
        assertThat(failure.getMessage()).isEqualTo("No text found in the document.");
    }

    @Test
    void findsNoTextInEmptyOrBlankFiles() throws Exception {
        Path empty = Files.write(directory.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(directory.resolve("blank.md"), "\n   \n\t\n");

        assertThat(failure(empty, ParseLimits.DEFAULT).reason()).isEqualTo(Reason.NO_TEXT);
        assertThat(failure(blank, ParseLimits.DEFAULT).reason()).isEqualTo(Reason.NO_TEXT);
    }

    @Test
    void explainsATruncatedPdfAsCorrupt() throws Exception {
        byte[] pdf = Files.readAllBytes(sample("pdf/fake-memo.pdf"));
        Path cut = Files.write(directory.resolve("cut.pdf"), Arrays.copyOf(pdf, pdf.length * 3 / 10));

        ParseFailure failure = failure(cut, ParseLimits.DEFAULT);

        assertThat(failure.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(failure.getMessage())
                .startsWith("The file is damaged or not a valid PDF: ")
                .doesNotContain("TIKA-", "Exception", "org.apache");
    }

    @Test
    void explainsATruncatedWordFileAsCorrupt() throws Exception {
        byte[] docx = Files.readAllBytes(sample("category-level.docx"));
        Path cut = Files.write(directory.resolve("cut.docx"), Arrays.copyOf(docx, docx.length / 2));

        ParseFailure failure = failure(cut, ParseLimits.DEFAULT);

        assertThat(failure.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(failure.getMessage()).startsWith("The file is damaged or not a valid Word document: ");
    }

    @Test
    void rejectsUnknownBinaryAsUnsupportedType() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path blob = Files.write(directory.resolve("blob.dat"), noise);

        ParseFailure failure = failure(blob, ParseLimits.DEFAULT);

        assertThat(failure.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(failure.getMessage()).contains("could not be recognised");
    }

    @Test
    void namesTheDetectedTypeWhenItIsUnsupported() throws Exception {
        Path archive = directory.resolve("bundle.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
        }

        ParseFailure failure = failure(archive, ParseLimits.DEFAULT);

        assertThat(failure.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(failure.getMessage()).contains("application/zip");
    }

    @Test
    void stopsADocumentWithMoreTextThanTheLimit() {
        ParseLimits tiny = new ParseLimits(100, 3, Duration.ofMinutes(1), 10);

        ParseFailure word = failure(sample("category-level.docx"), tiny);
        ParseFailure text = failure(sample("norwich-city.txt"), tiny);

        assertThat(word.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(word.getMessage()).contains("100 characters");
        assertThat(text.reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void givesUpOnAParseThatRunsPastTheTimeout() throws Exception {
        Path longPdf = GeneratedDocuments.pdfWithPages(directory, 400, 40);
        ParseLimits hurried = new ParseLimits(20_000_000, 3, Duration.ofMillis(50), 10);

        ParseFailure failure = failure(longPdf, hurried);

        assertThat(failure.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(failure.getMessage()).contains("50 ms");
        // the parser is still fit for work afterwards
        assertThat(parse(parser, sample("pdf/fake-memo.pdf")).blocks()).isNotEmpty();
    }

    @Test
    void asksForOcrWhenAScannedPdfHasNoTextAndTesseractIsMissing() {
        ParseFailure failure = failure(sample("pdf/single_table.pdf"), ParseLimits.DEFAULT);

        assertThat(failure.reason()).isEqualTo(Reason.OCR_NEEDED);
        assertThat(failure.getMessage())
                .isEqualTo("This document is a scan or image with no text layer; install Tesseract OCR"
                        + " (tesseract-ocr) to index it.");
    }

    @Test
    void asksForOcrForAnImageWhenTesseractIsMissing() throws Exception {
        Path png = GeneratedDocuments.png(directory, "Invoice 1234");

        ParseFailure failure = failure(png, ParseLimits.DEFAULT);

        assertThat(failure.reason()).isEqualTo(Reason.OCR_NEEDED);
    }

    private static ParseFailure failure(Path file, ParseLimits limits) {
        return catchThrowableOfType(
                ParseFailure.class, () -> parser.parse(file, file.getFileName().toString(), limits));
    }
}
