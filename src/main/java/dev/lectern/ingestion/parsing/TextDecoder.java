package dev.lectern.ingestion.parsing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * Decodes the bytes of a text file: a byte-order mark decides first, then valid UTF-8, then Tika's detectors (an
 * HTML page's declared charset, then statistics), with Windows-1252 as the last resort.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final EncodingDetector detector;

    TextDecoder(EncodingDetector detector) {
        this.detector = detector;
    }

    /** The text, with Unix line ends and no byte-order mark. */
    String decode(byte[] bytes, String mediaType) {
        return normalise(decodeRaw(bytes, mediaType));
    }

    private String decodeRaw(byte[] bytes, String mediaType) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, detect(bytes, mediaType));
        }
    }

    private Charset detect(byte[] bytes, String mediaType) {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            Charset detected = detector.detect(in, metadata);
            // Latin-1 guesses are really Windows-1252 text: the same letters, plus the euro sign and curly quotes
            if (detected == null
                    || detected.equals(StandardCharsets.ISO_8859_1)
                    || detected.equals(StandardCharsets.US_ASCII)
                    || detected.equals(StandardCharsets.UTF_8)) {
                return WINDOWS_1252;
            }
            return detected;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a byte array does not fail
        }
    }

    private static String normalise(String text) {
        return text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
