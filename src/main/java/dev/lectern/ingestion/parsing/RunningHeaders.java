package dev.lectern.ingestion.parsing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops the running headers and footers of a paged document: the same short line at the top or bottom of most
 * pages, page numbers aside. Repeated on every page, they would crowd every chunk and match every search.
 */
final class RunningHeaders {

    private static final int EDGE = 2; // blocks at each end of a page that may be a header or footer
    private static final int MAX_LENGTH = 200;
    private static final int MIN_PAGES = 3;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private RunningHeaders() {}

    static List<Block> remove(List<Block> blocks) {
        Map<Integer, List<Integer>> pages = new LinkedHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Location location = blocks.get(i).location();
            if (location.kind() == Location.Kind.PAGE) {
                pages.computeIfAbsent(location.number(), page -> new ArrayList<>())
                        .add(i);
            }
        }
        if (pages.size() < MIN_PAGES) {
            return blocks;
        }
        Set<Integer> edges = new HashSet<>();
        Map<String, Set<Integer>> pagesByLine = new HashMap<>();
        pages.forEach((page, indexes) -> {
            for (int position = 0; position < indexes.size(); position++) {
                int index = indexes.get(position);
                boolean edge = position < EDGE || position >= indexes.size() - EDGE;
                if (edge && blocks.get(index).text().length() <= MAX_LENGTH) {
                    edges.add(index);
                    pagesByLine
                            .computeIfAbsent(key(blocks.get(index)), line -> new HashSet<>())
                            .add(page);
                }
            }
        });
        int threshold = Math.max(MIN_PAGES, (pages.size() + 1) / 2);
        List<Block> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            boolean running =
                    edges.contains(i) && pagesByLine.get(key(blocks.get(i))).size() >= threshold;
            if (!running) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    /** "Page 3 of 12" and "Page 4 of 12" are the same footer. */
    private static String key(Block block) {
        return block.kind() + ":"
                + DIGITS.matcher(block.text().toLowerCase(Locale.ROOT)).replaceAll("#");
    }
}
