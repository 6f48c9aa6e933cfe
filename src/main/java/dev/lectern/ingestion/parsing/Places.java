package dev.lectern.ingestion.parsing;

/**
 * Follows the page, slide or sheet that Tika's XHTML is in: {@code <div class="page">} (PDF, and legacy Excel
 * sheets), {@code <div class="sheet">} (newer Excel) and {@code <div class="slide-content">} (PowerPoint).
 */
final class Places {

    private final boolean sheetsAsPages;
    private Location current = Location.NONE;
    private int count;
    private boolean namePending;

    /** @param sheetsAsPages whether a page is a spreadsheet's sheet (legacy Excel writes sheets as pages) */
    Places(boolean sheetsAsPages) {
        this.sheetsAsPages = sheetsAsPages;
    }

    static boolean startsPlace(String cssClass) {
        return "page".equals(cssClass) || "sheet".equals(cssClass) || "slide-content".equals(cssClass);
    }

    void enter(String cssClass) {
        count++;
        current = switch (cssClass) {
            case "page" -> sheetsAsPages ? Location.sheet(count, "") : Location.page(count);
            case "sheet" -> Location.sheet(count, "");
            default -> Location.slide(count);
        };
        namePending = current.kind() == Location.Kind.SHEET;
    }

    /** Tika writes a sheet's name as the first heading in it. */
    void heading(String text) {
        if (namePending && !text.isEmpty()) {
            current = Location.sheet(current.number(), text);
            namePending = false;
        }
    }

    /** Content other than the heading came first: this sheet's name is not coming. */
    void content() {
        namePending = false;
    }

    Location current() {
        return current;
    }
}
