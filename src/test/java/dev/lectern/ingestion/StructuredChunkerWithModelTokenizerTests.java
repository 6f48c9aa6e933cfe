package dev.lectern.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.lectern.embedding.TokenCounter;
import dev.lectern.ingestion.parsing.Block;
import dev.lectern.ingestion.parsing.Block.BlockKind;
import dev.lectern.ingestion.parsing.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chunker against the embedding model's own WordPiece tokenizer, whose counts are what must fit. */
class StructuredChunkerWithModelTokenizerTests {

    private static HuggingFaceTokenizer tokenizer;
    private static TokenCounter tokens;

    private final StructuredChunker chunker = new StructuredChunker(tokens, new IngestionSettings(300, 40));

    @BeforeAll
    static void loadTokenizer() throws IOException {
        // as the embedding module does: never download, unpack the native library under target/
        System.setProperty("ai.djl.offline", "true");
        if (System.getProperty("DJL_CACHE_DIR") == null) {
            System.setProperty(
                    "DJL_CACHE_DIR",
                    Files.createDirectories(Path.of("target", "djl-cache")).toString());
        }
        try (InputStream json = StructuredChunkerWithModelTokenizerTests.class.getResourceAsStream(
                "/bge-small-en-v1.5-q-tokenizer.json")) {
            tokenizer = HuggingFaceTokenizer.newInstance(
                    json, Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
        }
        tokens = new TokenCounter() {
            @Override
            public int countTokens(String text) {
                return tokenizer.encode(text).getIds().length;
            }

            @Override
            public int maxTokens() {
                return 510;
            }
        };
    }

    @AfterAll
    static void closeTokenizer() {
        tokenizer.close();
    }

    private static String prose(int seed, int sentences) {
        return IntStream.range(0, sentences)
                .mapToObj(i -> "Clause " + (seed + i) + " explains that the tenant's refundable deposit, "
                        + "including accrued interest, is returned within thirty days.")
                .collect(Collectors.joining(" "));
    }

    private static List<Block> longDocument() {
        List<Block> blocks = new ArrayList<>();
        for (int page = 1; page <= 93; page++) {
            Location location = Location.page(page);
            blocks.add(Block.heading(1 + page % 3, "Section " + page + ": obligations of the parties", location));
            blocks.add(Block.of(BlockKind.PARAGRAPH, prose(page * 100, 3 + page % 5), location));
            for (int item = 0; item < 5; item++) {
                blocks.add(Block.of(BlockKind.LIST_ITEM, "Item " + item + ": " + prose(item, 1), location));
            }
            if (page % 10 == 0) {
                blocks.add(Block.of(BlockKind.PARAGRAPH, prose(page, 60), location)); // far beyond one chunk
            }
        }
        String rows = IntStream.range(0, 500)
                .mapToObj(i -> "| SKU-" + i + " | Widget model " + i + " | " + (i * 7 % 300) + ".50 EUR | in stock |")
                .collect(Collectors.joining("\n"));
        blocks.add(Block.of(
                BlockKind.TABLE,
                "| SKU | Product | Price | Availability |\n| --- | --- | --- | --- |\n" + rows,
                Location.sheet(1, "Catalogue")));
        return blocks;
    }

    @Test
    void keepsEveryChunkWithinTheChunkSizeOnALongDocument() {
        List<Block> blocks = longDocument();

        ChunkedText result = chunker.chunk(blocks);

        assertThat(result.chunks()).hasSizeGreaterThan(100);
        ChunkChecks.assertSoundChunking(result, blocks, tokens, 300);
        List<ChunkDraft> tableParts = result.chunks().stream()
                .filter(c -> c.location().equals(Location.sheet(1, "Catalogue")))
                .toList();
        assertThat(tableParts).hasSizeGreaterThan(10);
        assertThat(tableParts).allSatisfy(c -> assertThat(c.text()).startsWith("| SKU | Product |"));
    }

    @Test
    void splitsAWordOfTwentyThousandCharactersIntoChunksThatFit() {
        String word = "abcdefghij".repeat(2_000);
        List<Block> blocks = List.of(Block.of(BlockKind.PARAGRAPH, word, Location.NONE));

        ChunkedText result = chunker.chunk(blocks);

        assertThat(result.chunks()).hasSizeGreaterThan(1);
        assertThat(result.chunks().stream().map(ChunkDraft::text).collect(Collectors.joining()))
                .isEqualTo(word);
        ChunkChecks.assertSoundChunking(result, blocks, tokens, 300);
    }

    @Test
    void splitsCjkTextWithoutSpacesIntoChunksThatFit() {
        String sentence = "本合同规定租户的押金在三十天内退还，包括应计利息";
        String text = (sentence + "。").repeat(60) + sentence.repeat(40); // the end is one run-on sentence
        List<Block> blocks =
                List.of(Block.heading(1, "租赁条款", Location.NONE), Block.of(BlockKind.PARAGRAPH, text, Location.NONE));

        ChunkedText result = chunker.chunk(blocks);

        assertThat(result.chunks()).hasSizeGreaterThan(3);
        assertThat(result.chunks()).allSatisfy(c -> assertThat(c.headingPath()).isEqualTo("租赁条款"));
        ChunkChecks.assertSoundChunking(result, blocks, tokens, 300);
    }
}
