package dev.lectern.identity;

import java.util.Locale;

/** What an API key may be used for; a signed-in user holds every scope. {@code admin} includes the others. */
public enum Scope {
    /** GET requests. */
    READ,
    /** Uploads, edits and deletes. */
    WRITE,
    /** Answers, summaries, copy, reports and chat: everything that runs the models. */
    GENERATE,
    /** The admin API and the management of members and keys. */
    ADMIN;

    public String authority() {
        return "SCOPE_" + value();
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope of(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
