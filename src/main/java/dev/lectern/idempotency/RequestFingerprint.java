package dev.lectern.idempotency;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over what makes two requests the same: method, path, query, body, and whether the answer is asked
 * for as a stream (the recorded answers differ). A multipart body is read
 * part by part (name, file name, content), since clients pick a new random boundary for every request.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    static String of(HttpServletRequest request, byte[] body) throws IOException, ServletException {
        MessageDigest digest = sha256();
        update(digest, request.getMethod());
        update(digest, request.getRequestURI());
        update(digest, request.getQueryString() == null ? "" : request.getQueryString());
        if (IdempotencyFilter.streamed(request)) {
            update(digest, "text/event-stream"); // only then, so that fingerprints stored before stay valid
        }
        if (body == null) {
            for (Part part : request.getParts()) {
                update(digest, part.getName());
                update(digest, part.getSubmittedFileName() == null ? "" : part.getSubmittedFileName());
                try (InputStream in = new DigestInputStream(part.getInputStream(), digest)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        } else {
            digest.update(body);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
