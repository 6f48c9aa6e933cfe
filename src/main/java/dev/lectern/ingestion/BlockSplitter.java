package dev.lectern.ingestion;

import dev.lectern.embedding.TokenCounter;
import dev.lectern.ingestion.SegmentPacker.Piece;
import dev.lectern.ingestion.parsing.Block.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts one block too large for a chunk into parts that fit: prose at sentences, code at lines, and a table at
 * rows, each part of a table repeating its header so that every part reads as a table of its own.
 */
final class BlockSplitter {

    /**
     * A part of a block.
     *
     * @param text the part's text
     * @param start first character in the block's text; for a later table part, that of its first row
     * @param end one past its last character in the block's text
     */
    record Part(String text, int start, int end) {}

    private static final Pattern TABLE_SEPARATOR =
            Pattern.compile("\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*");

    private final TokenCounter tokens;
    private final Segmenter segmenter;
    private final SegmentPacker packer;
    private final int overlapTokens;

    BlockSplitter(TokenCounter tokens, int overlapTokens) {
        this.tokens = tokens;
        this.segmenter = new Segmenter(tokens);
        this.packer = new SegmentPacker(tokens);
        this.overlapTokens = overlapTokens;
    }

    List<Part> split(BlockKind kind, String text, Budget budget) {
        return switch (kind) {
            case TABLE -> table(text, budget);
            case CODE -> parts(text, packer.pack(text, segmenter.lines(text, 0, budget), budget, overlapTokens));
            default -> parts(text, packer.pack(text, segmenter.sentences(text, budget), budget, overlapTokens));
        };
    }

    /** Rows do not overlap: the repeated header already gives each part its context. */
    private List<Part> table(String text, Budget budget) {
        int headerEnd = headerEnd(text);
        if (headerEnd < 0) {
            return parts(text, packer.pack(text, segmenter.lines(text, 0, budget), budget, 0));
        }
        String header = text.substring(0, headerEnd);
        Budget rows = budget.minus(tokens.countTokens(header), header.length() + 1);
        if (rows.tokens() < budget.tokens() / 2 || rows.chars() < budget.chars() / 2) {
            // a header this wide would leave too little room for rows: it becomes the first rows instead
            return parts(text, packer.pack(text, segmenter.lines(text, 0, budget), budget, 0));
        }
        List<Part> parts = new ArrayList<>();
        for (Piece piece : packer.pack(text, segmenter.lines(text, headerEnd + 1, rows), rows, 0)) {
            if (piece.start() == headerEnd + 1) {
                // the first part is the table's own beginning, so its offsets cover exactly its text
                parts.add(new Part(text.substring(0, piece.end()), 0, piece.end()));
            } else {
                parts.add(new Part(
                        header + "\n" + text.substring(piece.start(), piece.end()), piece.start(), piece.end()));
            }
        }
        return parts;
    }

    /** The end of the separator line under a Markdown table's header line, or -1 if the text has none. */
    private static int headerEnd(String text) {
        int firstNewline = text.indexOf('\n');
        if (firstNewline < 0) {
            return -1;
        }
        int secondNewline = text.indexOf('\n', firstNewline + 1);
        int end = secondNewline < 0 ? text.length() : secondNewline;
        boolean separator =
                TABLE_SEPARATOR.matcher(text.substring(firstNewline + 1, end)).matches();
        return separator && end < text.length() ? end : -1;
    }

    private static List<Part> parts(String text, List<Piece> pieces) {
        return pieces.stream()
                .map(p -> new Part(text.substring(p.start(), p.end()), p.start(), p.end()))
                .toList();
    }
}
