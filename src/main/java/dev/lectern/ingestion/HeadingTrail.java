package dev.lectern.ingestion;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** The headings above the current point of a document, one per level, as a breadcrumb. */
final class HeadingTrail {

    private static final String SEPARATOR = " > ";

    private final String[] levels = new String[6];

    /** A heading of level n replaces the one of level n and closes every deeper one. */
    void enter(int level, String text) {
        levels[level - 1] = text.strip().replaceAll("\\s+", " ");
        Arrays.fill(levels, level, levels.length, null);
    }

    /** The headings outermost first; a skipped level (a level 3 right under a level 1) leaves no gap. */
    String path() {
        return Arrays.stream(levels).filter(Objects::nonNull).collect(Collectors.joining(SEPARATOR));
    }
}
