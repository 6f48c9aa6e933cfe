package dev.lectern.ingestion;

import dev.lectern.embedding.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Packs the segments of one oversized block into pieces that fit the budget, cutting before a sentence, line
 * or row where that still leaves the piece at least half full, and starting each piece with about
 * {@code overlapTokens} of the previous one so that a passage cut in two keeps its context.
 */
final class SegmentPacker {

    /** A piece of the block's text, as offsets into it. */
    record Piece(int start, int end) {}

    private static final Pattern WORD_START = Pattern.compile("(?<=\\s)\\S");

    private final TokenCounter tokens;

    SegmentPacker(TokenCounter tokens) {
        this.tokens = tokens;
    }

    List<Piece> pack(String text, List<Segment> segments, Budget budget, int overlapTokens) {
        List<Piece> pieces = new ArrayList<>();
        Piece carry = null; // the overlap taken from the previous piece
        int carryTokens = 0;
        int first = 0;
        while (first < segments.size()) {
            Segment head = segments.get(first);
            if (carry != null && !budget.fits(carryTokens + head.tokens(), head.end() - carry.start())) {
                carry = null; // only a tokenizer whose counts do not add up gets here; the overlap is a nicety
                carryTokens = 0;
            }
            int start = carry != null ? carry.start() : head.start();
            int used = carryTokens;
            int end = first;
            while (end < segments.size()) {
                Segment next = segments.get(end);
                boolean fits = budget.fits(used + next.tokens(), next.end() - start);
                if (end > first && (next.glued() || !fits)) {
                    break;
                }
                used += next.tokens();
                end++;
            }
            end = preferBoundary(segments, first, end, used, budget);
            pieces.add(new Piece(start, segments.get(end - 1).end()));
            carry = null;
            carryTokens = 0;
            if (overlapTokens > 0 && end < segments.size() && !segments.get(end).glued()) {
                carry = overlap(text, segments, first, end, budget, overlapTokens);
                carryTokens = carry == null ? 0 : count(text, carry.start(), carry.end());
            }
            first = end;
        }
        return pieces;
    }

    /** Moves the cut back to the last sentence, line or row start that leaves the piece at least half full. */
    private static int preferBoundary(List<Segment> segments, int first, int end, int used, Budget budget) {
        if (end == segments.size() || segments.get(end).boundary()) {
            return end;
        }
        int before = used;
        for (int cut = end - 1; cut > first; cut--) {
            before -= segments.get(cut).tokens();
            if (before < budget.tokens() / 2) {
                break;
            }
            if (segments.get(cut).boundary()) {
                return cut;
            }
        }
        return end;
    }

    /**
     * The tail of the piece ending before segment {@code end} to repeat at the start of the next piece: whole
     * segments while they fit, else the last words of the last segment; sized so the next segment still fits.
     */
    private Piece overlap(String text, List<Segment> segments, int first, int end, Budget budget, int overlapTokens) {
        Segment next = segments.get(end);
        int limit = Math.min(overlapTokens, budget.tokens() - next.tokens());
        int earliest = next.end() - budget.chars(); // the next piece must stay within the character budget
        int start = -1;
        int sum = 0;
        for (int i = end - 1; i >= first; i--) {
            Segment segment = segments.get(i);
            if (sum + segment.tokens() > limit || segment.start() < earliest) {
                break;
            }
            start = segment.start();
            sum += segment.tokens();
            if (segment.glued()) {
                break; // the piece of a word before it would share a chunk with it
            }
        }
        if (start < 0) {
            Segment last = segments.get(end - 1);
            return last.glued() ? null : lastWords(text, last, limit, earliest);
        }
        return new Piece(start, segments.get(end - 1).end());
    }

    /** The longest run of last words of the segment within the limit, by binary search over its word starts. */
    private Piece lastWords(String text, Segment segment, int limit, int earliest) {
        List<Integer> starts = new ArrayList<>();
        Matcher word = WORD_START.matcher(text).region(segment.start(), segment.end());
        while (word.find()) {
            if (word.start() >= earliest) {
                starts.add(word.start());
            }
        }
        int low = 0;
        int high = starts.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (count(text, starts.get(mid), segment.end()) <= limit) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low == starts.size() ? null : new Piece(starts.get(low), segment.end());
    }

    private int count(String text, int start, int end) {
        return tokens.countTokens(text.substring(start, end));
    }
}
