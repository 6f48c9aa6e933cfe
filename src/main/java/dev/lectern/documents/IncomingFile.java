package dev.lectern.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An upload spooled to a local temporary file, with its size and SHA-256 taken on the way. */
record IncomingFile(Path path, long size, String sha256) implements AutoCloseable {

    static IncomingFile spool(InputStream content, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path path = Files.createTempFile(folder, "incoming-", ".part");
        try (DigestInputStream in = new DigestInputStream(content, newDigest());
                OutputStream out = Files.newOutputStream(path)) {
            long size = in.transferTo(out);
            return new IncomingFile(
                    path, size, HexFormat.of().formatHex(in.getMessageDigest().digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }
}
