package dev.lectern.ingestion;

import dev.lectern.embedding.TokenCounter;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a block's text into segments that each fit a budget: sentences or lines first, and only where one of
 * those is too large, runs of a few words, and only where a single word is too large, pieces of it.
 */
final class Segmenter {

    /**
     * Words of an oversized sentence are counted in runs of about this many characters rather than one by one:
     * fine enough to fill a chunk closely, coarse enough to keep the tokenizer calls few on huge input.
     */
    private static final int RUN_CHARS = 48;

    private static final Pattern WORD = Pattern.compile("\\S+");

    private final TokenCounter tokens;

    Segmenter(TokenCounter tokens) {
        this.tokens = tokens;
    }

    /** Sentences of prose; the sentence rules also know CJK full stops, which need no following space. */
    List<Segment> sentences(String text, Budget budget) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        List<Segment> segments = new ArrayList<>();
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            int from = start;
            while (from < end && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            add(text, from, trimEnd(text, from, end), budget, segments);
        }
        return segments;
    }

    /** Non-blank lines from {@code from} on, with their indentation: lines of code, rows of a table. */
    List<Segment> lines(String text, int from, Budget budget) {
        List<Segment> segments = new ArrayList<>();
        int start = from;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            add(text, start, trimEnd(text, start, end), budget, segments);
            start = end + 1;
        }
        return segments;
    }

    private void add(String text, int start, int end, Budget budget, List<Segment> segments) {
        if (start == end) {
            return;
        }
        int count = end - start > budget.chars() ? Integer.MAX_VALUE : count(text, start, end);
        if (budget.fits(count, end - start)) {
            segments.add(new Segment(start, end, count, true, false));
            return;
        }
        Matcher word = WORD.matcher(text).region(start, end);
        boolean boundary = true;
        int runStart = -1;
        int runEnd = -1;
        while (word.find()) {
            if (runStart >= 0 && word.end() - runStart > RUN_CHARS) {
                addRun(text, runStart, runEnd, budget, boundary, segments);
                boundary = false;
                runStart = -1;
            }
            if (runStart < 0) {
                runStart = word.start();
            }
            runEnd = word.end();
        }
        addRun(text, runStart, runEnd, budget, boundary, segments);
    }

    private void addRun(String text, int start, int end, Budget budget, boolean boundary, List<Segment> segments) {
        int count = count(text, start, end);
        if (budget.fits(count, end - start)) {
            segments.add(new Segment(start, end, count, boundary, false));
            return;
        }
        for (int from = start; from < end; ) {
            Segment piece = longestFittingPiece(text, from, end, budget, boundary && from == start, from > start);
            segments.add(piece);
            from = piece.end();
        }
    }

    /** Binary search over the piece's length, so a huge word costs a few counts per piece, not one per character. */
    private Segment longestFittingPiece(
            String text, int from, int end, Budget budget, boolean boundary, boolean glued) {
        int low = Math.min(end, from + 1); // a single character always goes, so that the split moves on
        int high = Math.min(end, from + budget.chars());
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (budget.fits(count(text, from, mid), mid - from)) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        int to = low;
        if (to < end && Character.isHighSurrogate(text.charAt(to - 1))) {
            to = to - 1 > from ? to - 1 : to + 1; // never cut a character outside the BMP in two
        }
        return new Segment(from, to, count(text, from, to), boundary, glued);
    }

    private int count(String text, int start, int end) {
        return tokens.countTokens(text.substring(start, end));
    }

    private static int trimEnd(String text, int start, int end) {
        int to = end;
        while (to > start && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
