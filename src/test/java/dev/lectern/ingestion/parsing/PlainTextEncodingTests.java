package dev.lectern.ingestion.parsing;

import static dev.lectern.ingestion.parsing.Samples.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.ingestion.parsing.Block.BlockKind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain text reads right in every common encoding and splits into paragraphs and list items. */
class PlainTextEncodingTests {

    static final String FRENCH = "L'été dernier, nous avons visité la forêt près de la rivière. Le café coûtait"
            + " trois euros et la crème brûlée était délicieuse. Où est la bibliothèque ? À côté du théâtre.";
    static final String GERMAN = "Grüße aus Köln: Die schöne Straße führt über die Brücke zum Rhein, und"
            + " der Kaffee kostet 3,50 € – günstiger als gedacht.";

    static final TikaDocumentParser parser = new TikaDocumentParser(TesseractAvailability.fixed(false));

    @TempDir
    Path directory;

    @AfterAll
    static void close() {
        parser.close();
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        // Java's UTF-16 encoder writes a big-endian byte-order mark
        assertThat(paragraphs(GERMAN + "\n\n" + FRENCH, StandardCharsets.UTF_16))
                .containsExactly(GERMAN, FRENCH);
    }

    @Test
    void readsLittleEndianUtf16WithByteOrderMark() throws Exception {
        byte[] text = (FRENCH + "\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[text.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withMark, 2, text.length);

        assertThat(paragraphs(withMark)).containsExactly(FRENCH);
    }

    @Test
    void readsWindows1252() throws Exception {
        assertThat(paragraphs(FRENCH + "\n\n" + GERMAN, Charset.forName("windows-1252")))
                .containsExactly(FRENCH, GERMAN);
    }

    @Test
    void readsLatin1() throws Exception {
        assertThat(paragraphs(FRENCH, StandardCharsets.ISO_8859_1)).containsExactly(FRENCH);
    }

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() throws Exception {
        assertThat(paragraphs(GERMAN, StandardCharsets.UTF_8)).containsExactly(GERMAN);
        assertThat(paragraphs("\uFEFF" + GERMAN, StandardCharsets.UTF_8)).containsExactly(GERMAN);
    }

    @Test
    void splitsHardWrappedTextWithoutBlankLinesIntoParagraphs() throws Exception {
        ParsedDocument document = Samples.parseSample(parser, "norwich-city.txt");

        assertThat(document.mediaType()).isEqualTo("text/plain");
        assertThat(texts(document, BlockKind.PARAGRAPH))
                .contains("Date of birth 26 June 1968")
                .anySatisfy(text -> assertThat(text)
                        .startsWith("Iwan Wyn Roberts (born 26 June 1968) is a Welsh former professional footballer who"
                                + " played as a forward")
                        .endsWith("without scoring."));
    }

    @Test
    void readsDashedLinesAsListItems() throws Exception {
        ParsedDocument document = Samples.parseSample(parser, "fake-text.txt");

        assertThat(texts(document, BlockKind.LIST_ITEM))
                .containsExactly("Hamburgers are delicious", "Dogs are the best", "I love fuzzy blankets");
    }

    private List<String> paragraphs(String text, Charset charset) throws Exception {
        return paragraphs(text.getBytes(charset));
    }

    private List<String> paragraphs(byte[] bytes) throws Exception {
        Path file = Files.write(directory.resolve("notes.txt"), bytes);
        ParsedDocument document = parser.parse(file, "notes.txt", ParseLimits.DEFAULT);
        assertThat(document.mediaType()).startsWith("text/plain");
        return texts(document, BlockKind.PARAGRAPH);
    }
}
