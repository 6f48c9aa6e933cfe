package dev.lectern.ingestion;

import static dev.lectern.ingestion.parsing.Block.BlockKind.LIST_ITEM;
import static dev.lectern.ingestion.parsing.Block.BlockKind.PARAGRAPH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lectern.ingestion.parsing.Block;
import dev.lectern.ingestion.parsing.Location;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StructuredChunkerTests {

    private final WordLengthTokenCounter tokens = new WordLengthTokenCounter();
    private final StructuredChunker chunker = new StructuredChunker(tokens, new IngestionSettings(40, 8));

    static String words(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).collect(Collectors.joining(" "));
    }

    static Block paragraph(String text) {
        return Block.of(PARAGRAPH, text, Location.NONE);
    }

    static Block heading(int level, String text) {
        return Block.heading(level, text, Location.NONE);
    }

    @Test
    void joinsBlockTextsWithBlankLinesIncludingHeadings() {
        List<Block> blocks = List.of(heading(1, "Returns"), paragraph("  Keep the receipt. "), paragraph("Ask."));

        ChunkedText result = chunker.chunk(blocks);

        assertThat(result.text()).isEqualTo("Returns\n\nKeep the receipt.\n\nAsk.");
    }

    @Test
    void packsConsecutiveBlocksUnderOneHeadingIntoOneChunk() {
        List<Block> blocks = List.of(
                heading(1, "Returns"),
                paragraph("Keep the receipt."),
                Block.of(LIST_ITEM, "Shoes within 30 days", Location.NONE),
                Block.of(LIST_ITEM, "Books within 14 days", Location.NONE));

        ChunkedText result = chunker.chunk(blocks);

        assertThat(result.chunks()).singleElement().satisfies(chunk -> {
            assertThat(chunk.text())
                    .isEqualTo("Keep the receipt.\n\nShoes within 30 days\n\nBooks within 14 days")
                    .isEqualTo(result.text().substring(chunk.startOffset(), chunk.endOffset()));
            assertThat(chunk.headingPath()).isEqualTo("Returns");
        });
    }

    @Test
    void carriesHeadingBreadcrumbWhereDeeperLevelsAreReplaced() {
        List<Block> blocks = List.of(
                heading(1, "Policies"),
                heading(2, "Returns"),
                heading(4, "Refunds"), // a skipped level
                paragraph("Money back in 30 days."),
                heading(2, "Shipping"),
                paragraph("Free over 50 euros."),
                heading(1, "Contact"),
                paragraph("Call us."));

        ChunkedText result = chunker.chunk(blocks);

        assertThat(result.chunks())
                .extracting(ChunkDraft::headingPath, ChunkDraft::text)
                .containsExactly(
                        tuple("Policies > Returns > Refunds", "Money back in 30 days."),
                        tuple("Policies > Shipping", "Free over 50 euros."),
                        tuple("Contact", "Call us."));
    }

    @Test
    void startsNewChunkAtEachHeadingEvenWhenThereIsRoom() {
        List<Block> blocks =
                List.of(heading(2, "FAQ"), paragraph("First answer."), heading(2, "FAQ"), paragraph("Second."));

        assertThat(chunker.chunk(blocks).chunks())
                .extracting(ChunkDraft::text)
                .containsExactly("First answer.", "Second.");
    }

    @Test
    void startsNewChunkWhenThePageChangesAndTakesLocationOfFirstBlock() {
        List<Block> blocks = List.of(
                Block.of(PARAGRAPH, "Page one, top.", Location.page(1)),
                Block.of(PARAGRAPH, "Page one, bottom.", Location.page(1)),
                Block.of(PARAGRAPH, "Page two.", Location.page(2)),
                Block.of(PARAGRAPH, "Sheet.", Location.sheet(1, "Prices")));

        ChunkedText result = chunker.chunk(blocks);

        assertThat(result.chunks())
                .extracting(ChunkDraft::text, ChunkDraft::location)
                .containsExactly(
                        tuple("Page one, top.\n\nPage one, bottom.", Location.page(1)),
                        tuple("Page two.", Location.page(2)),
                        tuple("Sheet.", Location.sheet(1, "Prices")));
    }

    @Test
    void keepsParagraphWholeInNextChunkWhenItDoesNotFitAfterThePrevious() {
        String first = words("a", 25);
        String second = words("b", 25);

        ChunkedText result = chunker.chunk(List.of(paragraph(first), paragraph(second)));

        assertThat(result.chunks()).extracting(ChunkDraft::text).containsExactly(first, second);
    }

    @Test
    void fillsChunksUpToTheChunkSizeButNotBeyond() {
        List<Block> items = IntStream.range(0, 30)
                .mapToObj(i -> Block.of(LIST_ITEM, words("item" + i + "w", 5), Location.NONE))
                .toList();

        ChunkedText result = chunker.chunk(items);

        // 5 tokens an item: 8 items make 40 tokens
        assertThat(result.chunks())
                .extracting(c -> tokens.countTokens(c.text()))
                .containsExactly(40, 40, 40, 30);
        ChunkChecks.assertSoundChunking(result, items, tokens, 40);
    }

    @Test
    void dropsBlankBlocksAndLeavesNoTraceOfThemInTheText() {
        List<Block> blocks = List.of(paragraph("One."), paragraph(" \n\t "), heading(1, "  "), paragraph("Two."));

        ChunkedText result = chunker.chunk(blocks);

        assertThat(result.text()).isEqualTo("One.\n\nTwo.");
        assertThat(result.chunks()).extracting(ChunkDraft::text).containsExactly("One.\n\nTwo.");
    }

    @Test
    void givesNothingForNoBlocks() {
        ChunkedText result = chunker.chunk(List.of());

        assertThat(result.text()).isEmpty();
        assertThat(result.chunks()).isEmpty();
    }

    @Test
    void leavesRoomInTheModelWindowForALongBreadcrumb() {
        StructuredChunker narrow =
                new StructuredChunker(new WordLengthTokenCounter(120), new IngestionSettings(100, 8));
        List<Block> blocks = List.of(heading(1, words("h", 50)), paragraph(words("p", 200)));

        ChunkedText result = narrow.chunk(blocks);

        assertThat(result.chunks()).hasSizeGreaterThan(2);
        assertThat(result.chunks())
                .allSatisfy(c -> assertThat(tokens.countTokens(c.headingPath() + " " + c.text()))
                        .isLessThanOrEqualTo(120));
        ChunkChecks.assertSoundChunking(result, blocks, tokens, 70);
    }
}
