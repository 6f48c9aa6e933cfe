package dev.lectern.documents;

import dev.lectern.shared.LecternProblem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * The document formats Lectern can ingest, recognised from the bytes rather than from the file name.
 *
 * <p>Plain text and Markdown for now: both are UTF-8 text; the name only tells Markdown from plain text.
 */
public enum DocumentType {
    TEXT("text/plain"),
    MARKDOWN("text/markdown");

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static DocumentType ofMediaType(String mediaType) {
        for (DocumentType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown media type " + mediaType);
    }

    /**
     * Recognises the type from the first bytes of a file; fails with a 415 problem for anything else.
     *
     * @param truncated whether the file goes on after {@code head} (then a character cut at its end is fine)
     */
    static DocumentType detect(String fileName, byte[] head, boolean truncated) {
        if (!looksLikeUtf8Text(head, truncated)) {
            throw new LecternProblem(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-document-type",
                    "Unsupported document type",
                    "'%s' is not a plain-text or Markdown file. Lectern accepts UTF-8 text (.txt) and Markdown (.md)."
                            .formatted(fileName));
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") ? MARKDOWN : TEXT;
    }

    private static boolean looksLikeUtf8Text(byte[] head, boolean truncated) {
        for (byte b : head) {
            if (b == 0) {
                return false; // binary formats (PDF streams, Office zips, images) hold NUL bytes early on
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, truncated ? completeUtf8Length(head) : head.length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The head may end inside a multi-byte character; leave that partial character out of the check. */
    private static int completeUtf8Length(byte[] head) {
        int end = head.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xFF;
            if ((b & 0xC0) == 0xC0) { // a lead byte: is its sequence complete?
                int needed = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
                return needed > back ? end - back : end;
            }
            if ((b & 0x80) == 0) {
                return end;
            }
        }
        return end;
    }
}
