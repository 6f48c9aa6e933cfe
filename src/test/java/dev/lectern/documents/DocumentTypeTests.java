package dev.lectern.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lectern.shared.LecternProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DocumentTypeTests {

    /** Real files from the shared test corpus, read in place. */
    private static final Path CORPUS = Path.of("../shared/datasets/ingestion-docs");

    /** As many bytes as DocumentUploads sniffs. */
    private static final int HEAD = 8192;

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    private static void assertUnsupported(String name, byte[] head) {
        assertThatExceptionOfType(LecternProblem.class)
                .isThrownBy(() -> DocumentType.detect(name, head, false))
                .satisfies(problem -> {
                    assertThat(problem.getStatusCode().value()).isEqualTo(415);
                    assertThat(problem.getBody().getType())
                            .hasToString(LecternProblem.TYPE_BASE + "unsupported-document-type");
                    assertThat(problem.getBody().getDetail()).contains(name);
                });
    }

    @Test
    void recognisesUtf8TextAsText() {
        byte[] text = "Grüße — naïve café ✓ 日本語 😀\nline two\n".getBytes(StandardCharsets.UTF_8);

        assertThat(DocumentType.detect("notes.txt", text, false)).isEqualTo(DocumentType.TEXT);
        assertThat(DocumentType.detect("notes", text, false)).isEqualTo(DocumentType.TEXT);
        assertThat(DocumentType.detect("table.csv", text, false)).isEqualTo(DocumentType.TEXT);
    }

    @Test
    void tellsMarkdownFromTextByName() {
        byte[] text = "# Title\n\nBody\n".getBytes(StandardCharsets.UTF_8);

        assertThat(DocumentType.detect("guide.md", text, false)).isEqualTo(DocumentType.MARKDOWN);
        assertThat(DocumentType.detect("guide.markdown", text, false)).isEqualTo(DocumentType.MARKDOWN);
        assertThat(DocumentType.detect("README.MD", text, false)).isEqualTo(DocumentType.MARKDOWN);
        assertThat(DocumentType.detect("guide.md.txt", text, false)).isEqualTo(DocumentType.TEXT);
    }

    @Test
    void recognisesRealMarkdownFile() throws IOException {
        assertThat(DocumentType.detect("codeblock.md", head(CORPUS.resolve("codeblock.md")), false))
                .isEqualTo(DocumentType.MARKDOWN);
    }

    @Test
    void rejectsDocxRenamedToText() throws IOException {
        byte[] docx = head(CORPUS.resolve("simple.docx"));

        assertUnsupported("simple.txt", docx);
        assertUnsupported("simple.md", docx);
    }

    @Test
    void rejectsEveryPdfRenamedToText() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(CORPUS.resolve("pdf"))) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(pdfs).isNotEmpty();
        for (Path pdf : pdfs) {
            assertUnsupported(pdf.getFileName() + ".txt", head(pdf));
        }
    }

    @Test
    void acceptsHeadCutInsideMultiByteCharacter() {
        byte[] twoByte = "é".repeat(HEAD).getBytes(StandardCharsets.UTF_8);
        byte[] threeByte = "€".repeat(HEAD).getBytes(StandardCharsets.UTF_8);
        byte[] fourByte = "😀".repeat(HEAD).getBytes(StandardCharsets.UTF_8);

        assertThat(DocumentType.detect("e.txt", Arrays.copyOf(twoByte, 8191), true))
                .isEqualTo(DocumentType.TEXT);
        for (int cut = 1; cut <= 2; cut++) {
            assertThat(DocumentType.detect("euro.txt", Arrays.copyOf(threeByte, 3 * 100 + cut), true))
                    .isEqualTo(DocumentType.TEXT);
        }
        for (int cut = 1; cut <= 3; cut++) {
            assertThat(DocumentType.detect("smile.md", Arrays.copyOf(fourByte, 4 * 100 + cut), true))
                    .isEqualTo(DocumentType.MARKDOWN);
        }
    }

    @Test
    void rejectsLatin1TextThatIsNotUtf8() {
        byte[] latin1 = "Café au lait et crème brûlée.\n".getBytes(StandardCharsets.ISO_8859_1);

        assertUnsupported("menu.txt", latin1);
    }

    @Test
    void rejectsLatin1FileEndingInAccentedLetter() {
        // the whole file is shorter than the sniffed head, so its last byte is not a cut character
        byte[] latin1 = "Nous servons du café".getBytes(StandardCharsets.ISO_8859_1);

        assertUnsupported("menu.txt", latin1);
    }

    @Test
    void rejectsTextWithNulBytes() {
        byte[] utf16 = "Hello".getBytes(StandardCharsets.UTF_16LE);

        assertUnsupported("hello.txt", utf16);
    }
}
