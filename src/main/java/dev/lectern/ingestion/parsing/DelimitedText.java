package dev.lectern.ingestion.parsing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads CSV and TSV: finds the delimiter and honours quoted fields, with delimiters, quotes and line breaks inside. */
final class DelimitedText {

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int SAMPLE_ROWS = 50;

    private DelimitedText() {}

    static List<List<String>> rows(String text, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == delimiter) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /**
     * The delimiter that splits the first rows most consistently: the same number of fields on the most rows.
     * Comma wins a tie.
     */
    static char detectDelimiter(String text) {
        String sample = sample(text);
        char best = ',';
        int bestScore = 0;
        for (char candidate : CANDIDATES) {
            Map<Integer, Integer> rowsByWidth = new HashMap<>();
            for (List<String> row : rows(sample, candidate)) {
                if (row.size() > 1) {
                    rowsByWidth.merge(row.size(), 1, Integer::sum);
                }
            }
            int score = rowsByWidth.values().stream()
                    .mapToInt(Integer::intValue)
                    .max()
                    .orElse(0);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static String sample(String text) {
        int end = 0;
        for (int row = 0; row < SAMPLE_ROWS && end >= 0 && end < text.length(); row++) {
            end = text.indexOf('\n', end + 1);
        }
        return end < 0 ? text : text.substring(0, end);
    }
}
