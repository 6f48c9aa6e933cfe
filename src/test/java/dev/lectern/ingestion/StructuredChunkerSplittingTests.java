package dev.lectern.ingestion;

import static dev.lectern.ingestion.StructuredChunkerTests.paragraph;
import static dev.lectern.ingestion.StructuredChunkerTests.words;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.ingestion.parsing.Block;
import dev.lectern.ingestion.parsing.Block.BlockKind;
import dev.lectern.ingestion.parsing.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StructuredChunkerSplittingTests {

    private final WordLengthTokenCounter tokens = new WordLengthTokenCounter();
    private final StructuredChunker chunker = new StructuredChunker(tokens, new IngestionSettings(40, 8));

    private static String sentences(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "Sentence " + i + " has " + words("w" + i + "x", 6) + ".")
                .collect(Collectors.joining(" "));
    }

    private static Block table(int rows) {
        String body = IntStream.range(0, rows)
                .mapToObj(i -> "| r" + i + " | " + words("c" + i + "x", 3) + " |")
                .collect(Collectors.joining("\n"));
        return Block.of(BlockKind.TABLE, "| key | value |\n| --- | --- |\n" + body, Location.sheet(1, "Data"));
    }

    @Test
    void splitsOversizedParagraphAtSentenceBoundariesWithOverlap() {
        String text = sentences(12); // nine tokens a sentence
        List<Block> blocks = List.of(paragraph(text));

        List<ChunkDraft> chunks = chunker.chunk(blocks).chunks();

        assertThat(chunks).hasSizeGreaterThan(2);
        assertThat(chunks.getFirst().text()).startsWith("Sentence 0 ");
        assertThat(chunks).allSatisfy(c -> assertThat(c.text()).endsWith("."));
        for (int i = 1; i < chunks.size(); i++) {
            // the previous piece's last sentence (9 tokens) exceeds the 8-token overlap: its last words come again
            String previous = chunks.get(i - 1).text();
            assertThat(chunks.get(i).startOffset()).isLessThan(chunks.get(i - 1).endOffset());
            assertThat(previous)
                    .endsWith(chunks.get(i)
                            .text()
                            .substring(0, chunks.get(i).text().indexOf('.') + 1));
        }
        ChunkChecks.assertSoundChunking(chunker.chunk(blocks), blocks, tokens, 40);
    }

    @Test
    void fallsBackToWordBoundariesForOneOversizedSentence() {
        String text = words("w", 100); // one sentence of 100 tokens
        List<Block> blocks = List.of(paragraph(text));

        ChunkedText result = chunker.chunk(blocks);

        assertThat(result.chunks()).hasSizeGreaterThan(2);
        for (ChunkDraft chunk : result.chunks()) {
            assertThat(chunk.text()).isEqualTo(result.text().substring(chunk.startOffset(), chunk.endOffset()));
            assertThat(chunk.text()).matches("w\\d+( w\\d+)*");
        }
        ChunkDraft second = result.chunks().get(1);
        int overlap = result.chunks().get(0).endOffset() - second.startOffset();
        assertThat(tokens.countTokens(result.text().substring(second.startOffset(), second.startOffset() + overlap)))
                .isBetween(4, 8);
        ChunkChecks.assertSoundChunking(result, blocks, tokens, 40);
    }

    @Test
    void keepsSmallTableWholeAndPacksItWithItsNeighbours() {
        Block table = table(3);
        List<Block> blocks = List.of(Block.of(BlockKind.PARAGRAPH, "Prices:", Location.sheet(1, "Data")), table);

        assertThat(chunker.chunk(blocks).chunks())
                .extracting(ChunkDraft::text)
                .containsExactly("Prices:\n\n" + table.text());
    }

    @Test
    void repeatsTableHeaderInEachPart() {
        Block table = table(40); // five tokens a row
        List<Block> blocks = List.of(table);

        ChunkedText result = chunker.chunk(blocks);

        assertThat(result.chunks()).hasSizeGreaterThan(4);
        List<String> rows = new ArrayList<>();
        for (ChunkDraft chunk : result.chunks()) {
            assertThat(chunk.text()).startsWith("| key | value |\n| --- | --- |\n");
            assertThat(chunk.location()).isEqualTo(Location.sheet(1, "Data"));
            String covered = result.text().substring(chunk.startOffset(), chunk.endOffset());
            assertThat(chunk.text()).endsWith(covered);
            chunk.text().lines().skip(2).forEach(rows::add);
        }
        assertThat(result.chunks().getFirst().text())
                .isEqualTo(result.text().substring(0, result.chunks().getFirst().endOffset()));
        assertThat(rows).containsExactlyElementsOf(table.text().lines().skip(2).toList());
        ChunkChecks.assertSoundChunking(result, blocks, tokens, 40);
    }

    @Test
    void splitsLargeCodeBlockAtLinesKeepingIndentation() {
        String code = IntStream.range(0, 30)
                .mapToObj(i -> "    call(" + i + ", alpha, beta);")
                .collect(Collectors.joining("\n"));
        List<Block> blocks = List.of(Block.of(BlockKind.CODE, "\n" + code + "\n\n", Location.NONE));

        ChunkedText result = chunker.chunk(blocks);

        assertThat(result.text()).isEqualTo(code);
        assertThat(result.chunks()).hasSizeGreaterThan(2);
        assertThat(result.chunks())
                .allSatisfy(c -> assertThat(c.text().lines())
                        .allMatch(line -> line.matches("    call\\(\\d+, alpha, beta\\);")));
        ChunkChecks.assertSoundChunking(result, blocks, tokens, 40);
    }

    @Test
    void splitsHugeWordWithoutSpacesByCharacters() {
        String word = "x".repeat(20_000);
        List<Block> blocks = List.of(paragraph("Intro."), paragraph(word), paragraph("Outro."));

        ChunkedText result = chunker.chunk(blocks);

        String pieces = result.chunks().stream()
                .map(ChunkDraft::text)
                .filter(t -> t.startsWith("x"))
                .collect(Collectors.joining());
        assertThat(pieces).isEqualTo(word); // cut where the word is too large, never repeated
        ChunkChecks.assertSoundChunking(result, blocks, tokens, 40);
    }

    @Test
    void neverExceedsTheModelWindowEvenWhenChunkSizeIsLarger() {
        WordLengthTokenCounter narrowModel = new WordLengthTokenCounter(100);
        StructuredChunker wide = new StructuredChunker(narrowModel, new IngestionSettings(300, 40));
        List<Block> blocks = List.of(paragraph(sentences(200)), table(400), paragraph("y".repeat(30_000)));

        ChunkedText result = wide.chunk(blocks);

        ChunkChecks.assertSoundChunking(result, blocks, narrowModel, 100);
    }

    @Test
    void chunksALargeDocumentSoundly() {
        List<Block> blocks = new ArrayList<>();
        for (int page = 1; page <= 93; page++) {
            blocks.add(Block.heading(2, "Section " + page, Location.page(page)));
            for (int p = 0; p < 8; p++) {
                blocks.add(Block.of(BlockKind.PARAGRAPH, sentences(3 + p % 4), Location.page(page)));
            }
        }
        blocks.add(paragraph(sentences(1500)));

        ChunkedText result = chunker.chunk(blocks);

        assertThat(result.text().length()).isGreaterThan(200_000);
        ChunkChecks.assertSoundChunking(result, blocks, tokens, 40);
    }
}
