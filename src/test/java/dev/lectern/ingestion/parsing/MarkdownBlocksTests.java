package dev.lectern.ingestion.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.lectern.ingestion.parsing.Block.BlockKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Markdown headings, lists, fenced code and pipe tables become blocks of their kind. */
class MarkdownBlocksTests {

    static final TikaDocumentParser parser = new TikaDocumentParser(TesseractAvailability.fixed(false));

    @AfterAll
    static void close() {
        parser.close();
    }

    @Test
    void readsHeadingsListsCodeAndTables() {
        ParsedDocument document = MarkdownBlocks.parse("""
                # Release notes

                Version 2 brings
                faster search.

                ## Upgrade steps

                1. Stop the server
                2. Run the migration
                   with the new schema
                - Restart it

                ```bash
                lectern migrate --to 2
                  --dry-run
                ```

                | Setting | Default |
                |:--------|--------:|
                | topK    | 10      |
                | a \\| b  |         |

                Setext heading
                --------------
                > Quoted advice.
                """);

        assertThat(document.mediaType()).isEqualTo("text/markdown");
        assertThat(document.title()).isEqualTo("Release notes");
        assertThat(document.blocks())
                .extracting(Block::kind, Block::level, Block::text)
                .containsExactly(
                        tuple(BlockKind.HEADING, 1, "Release notes"),
                        tuple(BlockKind.PARAGRAPH, 0, "Version 2 brings faster search."),
                        tuple(BlockKind.HEADING, 2, "Upgrade steps"),
                        tuple(BlockKind.LIST_ITEM, 0, "1. Stop the server"),
                        tuple(BlockKind.LIST_ITEM, 0, "2. Run the migration with the new schema"),
                        tuple(BlockKind.LIST_ITEM, 0, "Restart it"),
                        tuple(BlockKind.CODE, 0, "lectern migrate --to 2\n  --dry-run"),
                        tuple(
                                BlockKind.TABLE,
                                0,
                                "| Setting | Default |\n| --- | --- |\n| topK | 10 |\n| a \\| b |  |"),
                        tuple(BlockKind.HEADING, 2, "Setext heading"),
                        tuple(BlockKind.PARAGRAPH, 0, "Quoted advice."));
    }

    @Test
    void keepsFencedCodeAsCodeEvenWhenItLooksLikeHtml() throws Exception {
        ParsedDocument document = Samples.parseSample(parser, "codeblock.md");

        assertThat(document.mediaType()).isEqualTo("text/markdown");
        assertThat(Samples.texts(document, BlockKind.HEADING)).containsExactly("HTML Example", "XML Example");
        assertThat(Samples.texts(document, BlockKind.CODE))
                .first()
                .asString()
                .startsWith("<!DOCTYPE html>")
                .contains("    <h1>Hello, World!</h1>");
    }

    @Test
    void readsAMarkdownTableFile() throws Exception {
        ParsedDocument document = Samples.parseSample(parser, "simple-table.md");

        assertThat(document.blocks()).singleElement().satisfies(table -> {
            assertThat(table.kind()).isEqualTo(BlockKind.TABLE);
            assertThat(table.text()).startsWith("| Item | Price | # In stock |").contains("| Bananas | 1.89 | 6 |");
        });
    }

    @Test
    void readsUtf8Umlauts() throws Exception {
        ParsedDocument document = Samples.parseSample(parser, "umlauts-utf8.md");

        assertThat(Samples.allText(document))
                .containsAnyOf("ä", "ö", "ü", "Ä", "Ö", "Ü", "ß")
                .doesNotContain("\uFFFD", "Ã");
    }
}
