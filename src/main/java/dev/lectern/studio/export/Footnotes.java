package dev.lectern.studio.export;

import dev.lectern.ingestion.parsing.Location;
import dev.lectern.studio.Citation;
import dev.lectern.studio.Report;
import dev.lectern.studio.ReportSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cited sources of a report as footnote texts, and its section texts cut at the citation markers. */
final class Footnotes {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+(?:\\s*,\\s*\\d+)*)\\]");
    private static final int EXCERPT = 200;

    /** A run of text, or a citation of one footnote (text null). */
    record Piece(String text, Integer footnote) {}

    private Footnotes() {}

    /** Footnote number to its text, for every source the report cites. */
    static Map<Integer, String> of(Report report) {
        Map<Integer, String> notes = new TreeMap<>();
        for (ReportSection section : report.sections()) {
            section.cited().forEach(c -> notes.put(c.number(), label(c)));
        }
        return notes;
    }

    static String label(Citation c) {
        StringBuilder label = new StringBuilder(c.documentName());
        Location at = c.location();
        if (at != null) {
            switch (at.kind()) {
                case PAGE -> label.append(", page ").append(at.number());
                case SLIDE -> label.append(", slide ").append(at.number());
                case SHEET -> label.append(", sheet ").append(at.label());
                case NONE -> {}
            }
        }
        if (c.headingPath() != null && !c.headingPath().isBlank()) {
            label.append(", ").append(c.headingPath());
        }
        String passage = c.passage().strip().replaceAll("\\s+", " ");
        passage = passage.length() > EXCERPT ? passage.substring(0, EXCERPT) + "…" : passage;
        return label.append(": \"").append(passage).append('"').toString();
    }

    /** The text cut into runs and citations; {@code [1, 2]} gives two citations. */
    static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        Matcher marker = MARKER.matcher(text);
        int at = 0;
        while (marker.find()) {
            pieces.add(new Piece(text.substring(at, marker.start()).stripTrailing(), null));
            for (String n : marker.group(1).split(",")) {
                pieces.add(new Piece(null, Integer.parseInt(n.strip())));
            }
            at = marker.end();
        }
        pieces.add(new Piece(text.substring(at), null));
        return pieces.stream()
                .filter(p -> p.text() == null || !p.text().isEmpty())
                .toList();
    }
}
