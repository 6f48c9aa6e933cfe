package dev.lectern.support;

/** Small documents with distinctive phrases, written for these tests. */
public final class SampleDocuments {

    /** Three sections under headings; each has a phrase found nowhere else. */
    public static final String HANDBOOK = """
            # Employee handbook

            ## Travel

            Book trains for trips under four hours. Flights need a manager's approval.

            ## Equipment

            ### Laptops

            Every engineer receives a laptop with a purple titanium keyboard, replaced every three years.

            ## Holidays

            Staff take twenty-eight days of paid leave, plus public holidays.
            """;

    private SampleDocuments() {}
}
