package dev.lectern.retrieval.web;

import dev.lectern.ingestion.parsing.Location;
import org.jspecify.annotations.Nullable;

/**
 * Where a chunk sits in its original file, as the API shows it.
 *
 * @param page the PDF page, or null
 * @param slide the slide number, or null
 * @param sheet the spreadsheet sheet's name, or null
 */
record LocationView(
        @Nullable Integer page,
        @Nullable Integer slide,
        @Nullable String sheet) {

    static LocationView of(Location location) {
        return switch (location.kind()) {
            case PAGE -> new LocationView(location.number(), null, null);
            case SLIDE -> new LocationView(null, location.number(), null);
            case SHEET -> new LocationView(null, null, location.label());
            case NONE -> new LocationView(null, null, null);
        };
    }
}
