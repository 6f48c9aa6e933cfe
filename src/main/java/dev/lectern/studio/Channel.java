package dev.lectern.studio;

/** Where a piece of marketing copy will appear, and what that asks of it. */
public enum Channel {
    EMAIL("a marketing email with a subject line, a short body and one call to action"),
    LINKEDIN_POST("a LinkedIn post: a hook in the first line, short paragraphs, no more than three hashtags"),
    LANDING_PAGE_HERO("a landing-page hero: a headline of at most ten words and a one-sentence subheading"),
    AD_TEXT("ad text: a headline and one or two short lines"),
    PRESS_RELEASE("a press release with a headline, a dateline placeholder and factual paragraphs");

    private final String instruction;

    Channel(String instruction) {
        this.instruction = instruction;
    }

    String instruction() {
        return instruction;
    }
}
