package dev.lectern.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.embedding.TokenCounter;
import dev.lectern.ingestion.parsing.Block;
import dev.lectern.ingestion.parsing.Block.BlockKind;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Properties every chunking must have, whatever the document. */
final class ChunkChecks {

    private ChunkChecks() {}

    /** No empty or oversized chunk, offsets inside the text, and no body text outside every chunk. */
    static void assertSoundChunking(ChunkedText result, List<Block> blocks, TokenCounter tokens, int limit) {
        String text = result.text();
        boolean[] covered = new boolean[text.length()];
        for (ChunkDraft chunk : result.chunks()) {
            assertThat(chunk.text()).isNotBlank();
            assertThat(tokens.countTokens(chunk.text())).as(chunk.text()).isLessThanOrEqualTo(limit);
            assertThat(chunk.endOffset()).isLessThanOrEqualTo(text.length());
            String span = text.substring(chunk.startOffset(), chunk.endOffset());
            assertThat(chunk.text()).endsWith(span);
            String repeated = chunk.text().substring(0, chunk.text().length() - span.length());
            assertThat(repeated)
                    .as("only a table part repeats text: its header")
                    .matches("|[^\\n]*\\n\\|? *-{3,}[^\\n]*\\n");
            Arrays.fill(covered, chunk.startOffset(), chunk.endOffset(), true);
        }
        Set<String> headings = blocks.stream()
                .filter(b -> b.kind() == BlockKind.HEADING)
                .map(b -> b.text().strip())
                .collect(Collectors.toSet());
        StringBuilder uncovered = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            uncovered.append(covered[i] ? '\n' : text.charAt(i));
        }
        for (String run : uncovered.toString().split("\n\n")) {
            if (!run.isBlank()) {
                assertThat(headings).as("text in no chunk").contains(run.strip());
            }
        }
    }
}
