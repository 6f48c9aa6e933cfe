package dev.lectern.shared;

/** Cells of the CSV exports. */
public final class Csv {

    private Csv() {}

    /** Quoted per RFC 4180; a leading formula character is defused so that spreadsheets do not run it. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
