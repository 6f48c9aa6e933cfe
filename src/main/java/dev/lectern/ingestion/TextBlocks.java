package dev.lectern.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain text or Markdown into blocks (paragraphs, list runs, fenced code) that a chunk never cuts
 * through, and tracks the headings above each block.
 */
final class TextBlocks {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)(?:\\s+#+)?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");

    /** A run of text between blank lines, with its offsets in the whole text and its heading breadcrumb. */
    record Block(int start, int end, String headingPath) {}

    private TextBlocks() {}

    static List<Block> split(String text, boolean markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        int blockStart = -1;
        int blockEnd = -1;
        boolean inFence = false;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(lineStart, lineEnd);
            Matcher heading = HEADING.matcher(line);
            if (markdown && FENCE.matcher(line).find()) {
                inFence = !inFence;
            }
            if (markdown && !inFence && heading.matches()) {
                addBlock(blocks, text, blockStart, blockEnd, headings);
                blockStart = -1;
                int level = heading.group(1).length();
                while (headings.size() >= level) {
                    headings.removeLast();
                }
                while (headings.size() < level - 1) {
                    headings.add(""); // a skipped level (# then ###) keeps its place
                }
                headings.add(heading.group(2).strip());
            } else if (line.isBlank() && !inFence) {
                addBlock(blocks, text, blockStart, blockEnd, headings);
                blockStart = -1;
            } else {
                if (blockStart < 0) {
                    blockStart = lineStart;
                }
                blockEnd = lineEnd;
            }
            lineStart = lineEnd + 1;
        }
        addBlock(blocks, text, blockStart, blockEnd, headings);
        return blocks;
    }

    private static void addBlock(List<Block> blocks, String text, int start, int end, List<String> headings) {
        if (start >= 0 && !text.substring(start, end).isBlank()) {
            String path = String.join(
                    " > ", headings.stream().filter(h -> !h.isEmpty()).toList());
            blocks.add(new Block(start, end, path));
        }
    }
}
