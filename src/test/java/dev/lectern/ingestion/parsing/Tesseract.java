package dev.lectern.ingestion.parsing;

/** Lets tests outside this package ask, as the parser does, whether Tesseract is installed. */
public final class Tesseract {

    private static final TesseractAvailability AVAILABILITY = new TesseractAvailability();

    private Tesseract() {}

    public static boolean installed() {
        return AVAILABILITY.installed();
    }
}
