package dev.lectern.studio;

import dev.lectern.shared.LecternProblem;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A kind of report: sections, each a retrieval query plus instructions for the model.
 *
 * @param shipped true for the templates Lectern ships, which are read-only (copy one to change it)
 */
public record ReportTemplate(String id, String name, List<Section> sections, boolean shipped) {

    public static final int MAX_NAME = 200;
    public static final int MAX_SECTIONS = 20;
    public static final int MAX_QUERY = 1000;
    public static final int MAX_INSTRUCTIONS = 4000;

    public record Section(String title, String query, String instructions) {}

    /** Fails with a 400 problem naming what is wrong, so that a template that cannot be written is not stored. */
    static void requireValid(String name, List<Section> sections) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw invalid("Give the template a 'name' of at most %d characters.".formatted(MAX_NAME));
        }
        if (sections == null || sections.isEmpty() || sections.size() > MAX_SECTIONS) {
            throw invalid("A template has between 1 and %d 'sections'.".formatted(MAX_SECTIONS));
        }
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s == null || blankOrLonger(s.title(), MAX_NAME)) {
                throw invalid("Section %d needs a 'title' of at most %d characters.".formatted(i, MAX_NAME));
            }
            if (blankOrLonger(s.query(), MAX_QUERY)) {
                throw invalid("Section %d needs a 'query' of at most %d characters.".formatted(i, MAX_QUERY));
            }
            if (blankOrLonger(s.instructions(), MAX_INSTRUCTIONS)) {
                throw invalid(
                        "Section %d needs 'instructions' of at most %d characters.".formatted(i, MAX_INSTRUCTIONS));
            }
        }
    }

    private static boolean blankOrLonger(String text, int max) {
        return text == null || text.isBlank() || text.length() > max;
    }

    private static LecternProblem invalid(String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-report-template", "Invalid report template", detail);
    }
}
