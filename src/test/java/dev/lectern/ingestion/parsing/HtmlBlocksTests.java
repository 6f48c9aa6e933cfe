package dev.lectern.ingestion.parsing;

import static dev.lectern.ingestion.parsing.Samples.allText;
import static dev.lectern.ingestion.parsing.Samples.parseSample;
import static dev.lectern.ingestion.parsing.Samples.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.lectern.ingestion.parsing.Block.BlockKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web pages keep their content and lose scripts, navigation, page chrome and banners. */
class HtmlBlocksTests {

    static final TikaDocumentParser parser = new TikaDocumentParser(TesseractAvailability.fixed(false));

    @TempDir
    Path directory;

    @AfterAll
    static void close() {
        parser.close();
    }

    @Test
    void leavesOutScriptsAndKeepsTheArticle() throws Exception {
        ParsedDocument page = parseSample(parser, "example-with-scripts.html");

        assertThat(page.title()).startsWith("Russian Offensive Campaign Assessment, December 13");
        assertThat(texts(page, BlockKind.HEADING)).contains("Russian Offensive Campaign Assessment, December 13");
        assertThat(allText(page))
                .contains("Belarusian forces remain unlikely to attack Ukraine")
                .doesNotContain("function(", "var ", "storeCheckoutDomain", "jQuery", "{");
        assertThat(texts(page, BlockKind.LIST_ITEM))
                .contains("Russian forces conducted limited counterattacks near Svatove and Kreminna.");
    }

    @Test
    void leavesOutThePagesHeaderAndFooter() throws Exception {
        ParsedDocument page = parseSample(parser, "fake-html-with-footer-and-header.html");

        assertThat(page.blocks())
                .extracting(Block::kind, Block::text)
                .containsExactly(
                        tuple(BlockKind.HEADING, "My First Heading"),
                        tuple(BlockKind.PARAGRAPH, "My first paragraph."));
    }

    @Test
    void decodesWindows1252PagesWithoutACharsetDeclaration() throws Exception {
        ParsedDocument page = parseSample(parser, "fake-html-cp1252.html");

        assertThat(texts(page, BlockKind.CODE))
                .singleElement()
                .asString()
                .contains("Die schöne Frau", "L'été était très chaud", "El niño comió", "15,50 €")
                .doesNotContain("\uFFFD");
    }

    @Test
    void keepsHtmlTablesAsMarkdownTables() throws Exception {
        ParsedDocument page = parseSample(parser, "example-10k-1p.html");

        assertThat(texts(page, BlockKind.TABLE))
                .contains("| Title of each class | Trading symbol | Name of exchange on which registered |\n"
                        + "| --- | --- | --- |\n"
                        + "| Common stock | GLXZ | OTCQB marketplace |");
    }

    @Test
    void readsParagraphsThatAPageLaysOutWithLineBreaksInATable() throws Exception {
        ParsedDocument page = parseSample(parser, "ideas-page.html");

        assertThat(page.title()).isEqualTo("How to Get New Ideas");
        assertThat(texts(page, BlockKind.PARAGRAPH))
                .contains("January 2023")
                .anySatisfy(text -> assertThat(text).startsWith("Knowledge grows fractally."));
        assertThat(texts(page, BlockKind.TABLE)).isEmpty();
    }

    @Test
    void dropsNavigationBannersAndFormsButKeepsContent() throws Exception {
        Path file = directory.resolve("page.html");
        Files.writeString(file, """
                <html><head><title>Pricing</title><style>p { color: red }</style></head><body>
                <nav><a href="/">Home</a><a href="/about">About us</a></nav>
                <div role="navigation">Breadcrumb trail</div>
                <div id="cookie-banner">We use cookies. Accept all?</div>
                <main>
                  <header><h1>Plans and prices</h1></header>
                  <p>Every   plan
                     includes support.</p>
                  <ul><li>Basic<ul><li>One seat</li></ul></li><li><p>Team</p></li></ul>
                  <pre><code>curl -X POST /api/plans
                    --data "team"</code></pre>
                  <aside>Related: our blog</aside>
                  <form><label>Email</label><input name="email"><button>Subscribe</button></form>
                </main>
                <footer>Copyright 2024</footer>
                <script>track("pricing")</script>
                </body></html>
                """);

        ParsedDocument page = parser.parse(file, "page.html", ParseLimits.DEFAULT);

        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(page.title()).isEqualTo("Pricing");
        assertThat(page.blocks())
                .extracting(Block::kind, Block::text)
                .containsExactly(
                        tuple(BlockKind.HEADING, "Plans and prices"),
                        tuple(BlockKind.PARAGRAPH, "Every plan includes support."),
                        tuple(BlockKind.LIST_ITEM, "Basic"),
                        tuple(BlockKind.LIST_ITEM, "One seat"),
                        tuple(BlockKind.LIST_ITEM, "Team"),
                        tuple(BlockKind.CODE, "curl -X POST /api/plans\n    --data \"team\""));
    }
}
