package dev.lectern.ingestion;

import dev.lectern.ingestion.TextBlocks.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Packs blocks into chunks of about the configured size. Blocks stay whole unless one alone is too large;
 * a new heading always starts a new chunk so that every chunk has a single breadcrumb.
 */
final class TextChunker {

    /** A span of the text to become one chunk. */
    record Span(int start, int end, String headingPath) {}

    private static final Pattern WORD = Pattern.compile("\\S+");

    private final int chunkTokens;
    private final int overlapTokens;

    TextChunker(IngestionSettings settings) {
        this.chunkTokens = settings.chunkTokens();
        this.overlapTokens = settings.overlapTokens();
    }

    List<Span> chunk(String text, boolean markdown) {
        List<Span> spans = new ArrayList<>();
        Span open = null;
        int openTokens = 0;
        for (Block block : TextBlocks.split(text, markdown)) {
            int tokens = estimateTokens(text, block.start(), block.end());
            boolean fits = open != null
                    && open.headingPath().equals(block.headingPath())
                    && openTokens + tokens <= chunkTokens;
            if (fits) {
                open = new Span(open.start(), block.end(), open.headingPath());
                openTokens += tokens;
                continue;
            }
            if (open != null) {
                spans.add(open);
            }
            if (tokens > chunkTokens) {
                spans.addAll(splitLarge(text, block));
                open = null;
                openTokens = 0;
            } else {
                open = new Span(block.start(), block.end(), block.headingPath());
                openTokens = tokens;
            }
        }
        if (open != null) {
            spans.add(open);
        }
        return spans;
    }

    /** Cuts an oversized block at word boundaries into windows that overlap by a few words. */
    private List<Span> splitLarge(String text, Block block) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(block.start(), block.end());
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        int wordsPerChunk = Math.max(1, tokensToWords(chunkTokens));
        int overlapWords = Math.min(wordsPerChunk - 1, tokensToWords(overlapTokens));
        List<Span> spans = new ArrayList<>();
        for (int first = 0; first < words.size(); first += wordsPerChunk - overlapWords) {
            int last = Math.min(words.size(), first + wordsPerChunk) - 1;
            spans.add(new Span(words.get(first)[0], words.get(last)[1], block.headingPath()));
            if (last == words.size() - 1) {
                break;
            }
        }
        return spans;
    }

    /** English prose averages about four tokens for every three words in BERT's WordPiece vocabulary. */
    static int estimateTokens(String text, int start, int end) {
        Matcher m = WORD.matcher(text).region(start, end);
        int words = 0;
        while (m.find()) {
            words++;
        }
        return (words * 4 + 2) / 3;
    }

    private static int tokensToWords(int tokens) {
        return tokens * 3 / 4;
    }
}
