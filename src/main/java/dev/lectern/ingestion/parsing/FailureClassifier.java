package dev.lectern.ingestion.parsing;

import dev.lectern.ingestion.parsing.ParseFailure.Reason;
import java.io.EOFException;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.ZipException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;

/** Explains in plain words why a document could not be read, from the exception a parser threw. */
final class FailureClassifier {

    private static final int MAX_REASON_LENGTH = 160;
    private static final String PASSWORD_PROTECTED =
            "The file is password protected; remove the password and upload it again.";

    private FailureClassifier() {}

    /** @param what what the file was taken for, as {@link Format#noun} names it */
    static ParseFailure classify(Throwable error, String what, ParseLimits limits) {
        if (WriteLimitReachedException.isWriteLimitReached(error)) {
            return tooLarge(limits);
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String type = cause.getClass().getSimpleName();
            // POI and PDFBox have their own exceptions for this, which Tika does not always translate
            if (cause instanceof EncryptedDocumentException
                    || type.equals("EncryptedDocumentException")
                    || type.equals("InvalidPasswordException")) {
                return new ParseFailure(Reason.PASSWORD_PROTECTED, PASSWORD_PROTECTED, error);
            }
            if (cause instanceof ZeroByteFileException) {
                return noText();
            }
            if (String.valueOf(cause.getMessage()).contains("Zip bomb")) {
                return new ParseFailure(
                        Reason.TOO_LARGE,
                        "The file unpacks to far more content than its size suggests (a possible zip bomb); it was"
                                + " not read.",
                        error);
            }
        }
        return new ParseFailure(
                Reason.CORRUPT, "The file is damaged or not a valid " + what + ": " + reason(error) + ".", error);
    }

    static ParseFailure tooLarge(ParseLimits limits) {
        return new ParseFailure(
                Reason.TOO_LARGE,
                "The document holds more than %,d characters of text, the most one document may have; split it into smaller files and upload them again."
                        .formatted(limits.maxCharacters()));
    }

    static ParseFailure timeout(ParseLimits limits) {
        return new ParseFailure(
                Reason.TIMEOUT,
                "Reading the document took longer than %s, the longest allowed; it may be too large or too complex. Split it into smaller files and upload them again."
                        .formatted(words(limits.timeout())));
    }

    static ParseFailure noText() {
        return new ParseFailure(Reason.NO_TEXT, "No text found in the document.");
    }

    static ParseFailure ocrNeeded() {
        return new ParseFailure(
                Reason.OCR_NEEDED,
                "This document is a scan or image with no text layer; install Tesseract OCR (tesseract-ocr) to index it.");
    }

    static ParseFailure unsupported(String mediaType) {
        String what = mediaType.equals("application/octet-stream") ? "could not be recognised" : "is " + mediaType;
        return new ParseFailure(
                Reason.UNSUPPORTED_TYPE,
                "The file type " + what + ", which Lectern cannot read; upload a PDF, Office, OpenDocument, e-mail,"
                        + " HTML, Markdown, CSV or text file instead.");
    }

    static ParseFailure passwordProtected() {
        return new ParseFailure(Reason.PASSWORD_PROTECTED, PASSWORD_PROTECTED);
    }

    /** The innermost cause's message: the wrappers' messages name parser classes, which help no user. */
    private static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof EOFException) {
            return "it ends too early, as if cut off";
        }
        if (root instanceof ZipException) {
            return "its zip container is broken";
        }
        if (root.getMessage() == null || root.getMessage().isBlank()) {
            return "the reader failed on it (" + root.getClass().getSimpleName() + ")";
        }
        String message = TextHygiene.clean(root.getMessage());
        message = message.length() > MAX_REASON_LENGTH ? message.substring(0, MAX_REASON_LENGTH) + "…" : message;
        message = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        // "Missing root object" reads on after the colon as "missing root object"; "XML document" stays
        boolean capitalisedWord = message.length() > 1 && Character.isLowerCase(message.charAt(1));
        return capitalisedWord ? message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1) : message;
    }

    private static String words(Duration duration) {
        if (duration.toMinutes() > 0 && duration.toSecondsPart() == 0) {
            return duration.toMinutes() + (duration.toMinutes() == 1 ? " minute" : " minutes");
        }
        if (duration.toSeconds() > 0 && duration.toMillisPart() == 0) {
            return duration.toSeconds() + (duration.toSeconds() == 1 ? " second" : " seconds");
        }
        return duration.toMillis() + " ms";
    }
}
