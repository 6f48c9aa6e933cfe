package dev.lectern.ingestion.parsing;

import dev.lectern.ingestion.parsing.Block.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Collects a document's blocks in reading order, cleaning their text and dropping empty ones. */
final class BlockList {

    private final List<Block> blocks = new ArrayList<>();
    private final boolean joinWrappedLines;

    /**
     * @param joinWrappedLines whether a paragraph that starts in lower case continues the one before it on the
     *     same page, as happens when PDF text extraction breaks a paragraph at a line wrap
     */
    BlockList(boolean joinWrappedLines) {
        this.joinWrappedLines = joinWrappedLines;
    }

    void heading(int level, String raw, Location location) {
        String text = TextHygiene.clean(raw);
        if (!text.isEmpty()) {
            blocks.add(Block.heading(Math.clamp(level, 1, 6), text, location));
        }
    }

    void listItem(String raw, Location location) {
        add(BlockKind.LIST_ITEM, TextHygiene.stripBullet(TextHygiene.clean(raw)), location);
    }

    void code(String raw, Location location) {
        add(BlockKind.CODE, TextHygiene.cleanCode(raw), location);
    }

    /** Running text: split at blank lines into paragraphs, and at bullets into list items. */
    void text(String raw, Location location) {
        for (String paragraph : TextHygiene.paragraphs(raw)) {
            List<String> parts = TextHygiene.splitAtBullets(paragraph);
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                if (i == 0 && continuesPrevious(part, location)) {
                    Block last = blocks.removeLast();
                    add(last.kind(), last.text() + " " + TextHygiene.clean(part), location);
                } else if (TextHygiene.startsWithBullet(part) || TextHygiene.startsWithEnumerator(part)) {
                    listItem(part, location);
                } else {
                    add(BlockKind.PARAGRAPH, TextHygiene.clean(part), location);
                }
            }
        }
    }

    /** A table as it comes: the first row is the header. */
    void dataTable(List<List<String>> rows, Location location) {
        add(BlockKind.TABLE, TableFormatter.markdown(TableFormatter.tidy(rows)), location);
    }

    /**
     * A table from a layout: a one-column table is just paragraphs, and a lone cell above a wider table is its
     * caption rather than its header.
     */
    void table(List<List<String>> rows, Location location) {
        List<List<String>> tidy = TableFormatter.tidy(rows);
        int width = tidy.isEmpty() ? 0 : tidy.getFirst().size();
        if (width == 1) {
            tidy.forEach(row -> text(row.getFirst(), location));
            return;
        }
        if (tidy.size() > 2
                && tidy.getFirst().stream().filter(cell -> !cell.isEmpty()).count() == 1) {
            add(BlockKind.PARAGRAPH, String.join(" ", tidy.getFirst()).strip(), location);
            tidy = tidy.subList(1, tidy.size());
        }
        add(BlockKind.TABLE, TableFormatter.markdown(tidy), location);
    }

    /** A sheet that holds nothing but its name is empty, so its heading goes too. */
    void dropEmptySheets() {
        Set<Integer> filled = blocks.stream()
                .filter(block -> block.location().kind() == Location.Kind.SHEET && block.kind() != BlockKind.HEADING)
                .map(block -> block.location().number())
                .collect(Collectors.toSet());
        blocks.removeIf(block -> block.location().kind() == Location.Kind.SHEET
                && !filled.contains(block.location().number()));
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    List<Block> toList() {
        return List.copyOf(blocks);
    }

    /** The document's own title if it has a sensible one, else its first heading, else empty. */
    String title(String metadataTitle) {
        String title = metadataTitle == null ? "" : TextHygiene.clean(metadataTitle);
        if (!title.isEmpty()) {
            return title;
        }
        return blocks.stream()
                // a sheet's name heads its sheet, not the workbook
                .filter(block ->
                        block.kind() == BlockKind.HEADING && block.location().kind() != Location.Kind.SHEET)
                .map(Block::text)
                .findFirst()
                .orElse("");
    }

    private boolean continuesPrevious(String part, Location location) {
        if (!joinWrappedLines || blocks.isEmpty()) {
            return false;
        }
        Block last = blocks.getLast();
        String text = part.strip();
        return (last.kind() == BlockKind.PARAGRAPH || last.kind() == BlockKind.LIST_ITEM)
                && last.location().equals(location)
                && !text.isEmpty()
                && Character.isLowerCase(text.codePointAt(0))
                && !last.text().matches(".*[.!?:;]$");
    }

    private void add(BlockKind kind, String text, Location location) {
        if (!text.isBlank()) {
            blocks.add(Block.of(kind, text, location));
        }
    }
}
