package dev.lectern.ingestion;

import dev.lectern.embedding.TokenCounter;
import dev.lectern.ingestion.BlockSplitter.Part;
import dev.lectern.ingestion.parsing.Block;
import dev.lectern.ingestion.parsing.Block.BlockKind;
import dev.lectern.ingestion.parsing.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parsed document's blocks into the document's text and its chunks: blocks under one heading and at
 * one place are packed whole up to the chunk size, headings become each chunk's breadcrumb, and a block too
 * large for a chunk is cut by {@link BlockSplitter}. No chunk exceeds the embedding model's window.
 */
final class StructuredChunker {

    private static final String BLOCK_SEPARATOR = "\n\n";

    private final TokenCounter tokens;
    private final IngestionSettings settings;
    private final BlockSplitter splitter;

    StructuredChunker(TokenCounter tokens, IngestionSettings settings) {
        this.tokens = tokens;
        this.settings = settings;
        this.splitter = new BlockSplitter(tokens, settings.overlapTokens());
    }

    ChunkedText chunk(List<Block> blocks) {
        Assembly assembly = new Assembly();
        HeadingTrail trail = new HeadingTrail();
        String path = "";
        Budget budget = budgetUnder(path);
        for (Block block : blocks) {
            String body = body(block);
            if (body.isEmpty()) {
                continue;
            }
            int start = assembly.append(body);
            if (block.kind() == BlockKind.HEADING) {
                assembly.close();
                trail.enter(block.level(), body);
                path = trail.path();
                budget = budgetUnder(path);
                continue;
            }
            // every block is counted once, unless its length alone rules it out; a packed chunk's count is the
            // sum, exact for WordPiece, which never builds a token across the blank line between blocks
            int count = body.length() > budget.chars() ? Integer.MAX_VALUE : tokens.countTokens(body);
            if (budget.fits(count, body.length())) {
                assembly.add(start, body.length(), count, path, block.location(), budget);
            } else {
                assembly.close();
                for (Part part : splitter.split(block.kind(), body, budget)) {
                    assembly.emit(part.text(), path, block.location(), start + part.start(), start + part.end());
                }
            }
        }
        assembly.close();
        return new ChunkedText(assembly.text.toString(), assembly.chunks);
    }

    private Budget budgetUnder(String path) {
        int breadcrumbTokens = path.isEmpty() ? 0 : tokens.countTokens(path);
        return Budget.of(settings.chunkTokens(), tokens.maxTokens(), breadcrumbTokens);
    }

    /** The block's text without surrounding blank space; code keeps the indentation of its first line. */
    private static String body(Block block) {
        String text = block.text();
        if (block.kind() != BlockKind.CODE) {
            return text.strip();
        }
        int firstVisible = 0;
        while (firstVisible < text.length() && Character.isWhitespace(text.charAt(firstVisible))) {
            firstVisible++;
        }
        return text.substring(text.lastIndexOf('\n', firstVisible) + 1).stripTrailing();
    }

    /** The document text being built and the chunk still open for more blocks. */
    private static final class Assembly {

        private final StringBuilder text = new StringBuilder();
        private final List<ChunkDraft> chunks = new ArrayList<>();
        private int openStart = -1;
        private int openEnd;
        private int openTokens;
        private String openPath;
        private Location openLocation;

        /** Adds a block's text to the document text and returns where it starts. */
        int append(String body) {
            if (!text.isEmpty()) {
                text.append(BLOCK_SEPARATOR);
            }
            int start = text.length();
            text.append(body);
            return start;
        }

        /** Packs a whole block into the open chunk if it has the same place and room, else opens a new one. */
        void add(int start, int length, int count, String path, Location location, Budget budget) {
            boolean fits = openStart >= 0
                    && openLocation.equals(location)
                    && openPath.equals(path)
                    && budget.fits(openTokens + count, start + length - openStart);
            if (!fits) {
                close();
                openStart = start;
                openTokens = 0;
                openPath = path;
                openLocation = location;
            }
            openEnd = start + length;
            openTokens += count;
        }

        void close() {
            if (openStart >= 0) {
                emit(text.substring(openStart, openEnd), openPath, openLocation, openStart, openEnd);
                openStart = -1;
            }
        }

        void emit(String chunk, String path, Location location, int start, int end) {
            if (!chunk.isBlank()) {
                chunks.add(new ChunkDraft(chunk, path, location, start, end));
            }
        }
    }
}
