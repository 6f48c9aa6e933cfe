package dev.lectern.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.ingestion.TextBlocks.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlocksTests {

    private static List<String> texts(String text, List<Block> blocks) {
        return blocks.stream().map(b -> text.substring(b.start(), b.end())).toList();
    }

    private static List<String> paths(List<Block> blocks) {
        return blocks.stream().map(Block::headingPath).toList();
    }

    @Test
    void splitsParagraphsOnBlankLinesWithExactOffsets() {
        String text = "First line\nstill first.\n\nSecond paragraph.\n   \n\n\nThird one.";

        List<Block> blocks = TextBlocks.split(text, false);

        assertThat(texts(text, blocks)).containsExactly("First line\nstill first.", "Second paragraph.", "Third one.");
        assertThat(blocks.getFirst().start()).isZero();
        assertThat(blocks.getLast().end()).isEqualTo(text.length());
        assertThat(paths(blocks)).containsOnly("");
    }

    @Test
    void yieldsNoBlocksForBlankText() {
        assertThat(TextBlocks.split("", true)).isEmpty();
        assertThat(TextBlocks.split("\n  \n\t\n", false)).isEmpty();
    }

    @Test
    void buildsHeadingBreadcrumbAndPopsOnSameOrHigherLevel() {
        String text = """
                # Policies

                Intro.

                ## Returns
                About returns.

                ### Refunds

                Refund rules.

                ### Exchanges

                Exchange rules.

                ## Shipping

                Shipping rules.

                # Contact

                Write to us.
                """;

        List<Block> blocks = TextBlocks.split(text, true);

        assertThat(texts(text, blocks))
                .containsExactly(
                        "Intro.",
                        "About returns.",
                        "Refund rules.",
                        "Exchange rules.",
                        "Shipping rules.",
                        "Write to us.");
        assertThat(paths(blocks))
                .containsExactly(
                        "Policies",
                        "Policies > Returns",
                        "Policies > Returns > Refunds",
                        "Policies > Returns > Exchanges",
                        "Policies > Shipping",
                        "Contact");
    }

    @Test
    void stripsClosingHashesAndSpacesFromHeadings() {
        String text = "##   Returns   ##  \n\nBody.";

        assertThat(paths(TextBlocks.split(text, true))).containsExactly("Returns");
    }

    @Test
    void keepsSkippedHeadingLevelsInPlace() {
        String text = "# Guide\n\n### Deep\n\nDeep text.\n\n## Middle\n\nMiddle text.";

        List<Block> blocks = TextBlocks.split(text, true);

        assertThat(texts(text, blocks)).containsExactly("Deep text.", "Middle text.");
        assertThat(paths(blocks)).containsExactly("Guide > Deep", "Guide > Middle");
    }

    @Test
    void keepsFencedCodeWithBlankLinesAndHashLinesAsOneBlock() {
        String fence = "```bash\n# not a heading\n\necho hi\n\n## nor this\n```";
        String text = "# Setup\n\nRun this:\n\n" + fence + "\n\nDone.";

        List<Block> blocks = TextBlocks.split(text, true);

        assertThat(texts(text, blocks)).containsExactly("Run this:", fence, "Done.");
        assertThat(paths(blocks)).containsOnly("Setup");
    }

    @Test
    void treatsTildeFencesLikeBacktickFences() {
        String fence = "~~~\n# comment\n\nmore\n~~~";
        String text = fence + "\n\nAfter.";

        List<Block> blocks = TextBlocks.split(text, true);

        assertThat(texts(text, blocks)).containsExactly(fence, "After.");
        assertThat(paths(blocks)).containsOnly("");
    }

    @Test
    void treatsHashLinesAsOrdinaryTextInPlainTextMode() {
        String text = "# Not a heading\nBody line.\n\n## Also text";

        List<Block> blocks = TextBlocks.split(text, false);

        assertThat(texts(text, blocks)).containsExactly("# Not a heading\nBody line.", "## Also text");
        assertThat(paths(blocks)).containsOnly("");
    }

    @Test
    void endsParagraphAtHeadingWithoutBlankLine() {
        String text = "Before.\n# Title\nAfter.";

        List<Block> blocks = TextBlocks.split(text, true);

        assertThat(texts(text, blocks)).containsExactly("Before.", "After.");
        assertThat(paths(blocks)).containsExactly("", "Title");
    }

    @Test
    void requiresSpaceAfterHashesForHeading() {
        String text = "#hashtag line\n\n####### seven hashes";

        List<Block> blocks = TextBlocks.split(text, true);

        assertThat(texts(text, blocks)).containsExactly("#hashtag line", "####### seven hashes");
        assertThat(paths(blocks)).containsOnly("");
    }

    @Test
    void keepsHashThatEndsHeadingWord() {
        // CommonMark: a closing run of '#' counts only when a space precedes it, so "C#" keeps its '#'
        String text = "## Tips for C#\n\nUse records.";

        assertThat(paths(TextBlocks.split(text, true))).containsExactly("Tips for C#");
    }
}
