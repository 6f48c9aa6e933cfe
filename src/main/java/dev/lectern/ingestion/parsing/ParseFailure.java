package dev.lectern.ingestion.parsing;

/**
 * A document that cannot be turned into text, with a reason a user can act on. Never retried: parsing the same
 * bytes again gives the same answer.
 */
public class ParseFailure extends Exception {

    private final Reason reason;

    public ParseFailure(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ParseFailure(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Why a document could not be parsed. */
    public enum Reason {
        PASSWORD_PROTECTED,
        CORRUPT,
        NO_TEXT,
        OCR_NEEDED,
        UNSUPPORTED_TYPE,
        TOO_LARGE,
        TIMEOUT
    }
}
