package dev.lectern.ingestion.parsing;

import java.util.Objects;

/**
 * Where in the original file a passage is: a PDF page, a slide, a spreadsheet sheet, or nowhere in particular.
 *
 * @param kind the kind of place
 * @param number page or slide number from 1, or the sheet's position from 1; 0 for {@link Kind#NONE}
 * @param label a name where the place has one (the sheet name), else empty
 */
public record Location(Kind kind, int number, String label) {

    public static final Location NONE = new Location(Kind.NONE, 0, "");

    public Location {
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
        if (kind != Kind.NONE && number < 1) {
            throw new IllegalArgumentException("A page, slide or sheet number starts at 1");
        }
    }

    public static Location page(int number) {
        return new Location(Kind.PAGE, number, "");
    }

    public static Location slide(int number) {
        return new Location(Kind.SLIDE, number, "");
    }

    public static Location sheet(int number, String name) {
        return new Location(Kind.SHEET, number, name);
    }

    /** The kinds of place. */
    public enum Kind {
        NONE,
        PAGE,
        SLIDE,
        SHEET
    }
}
