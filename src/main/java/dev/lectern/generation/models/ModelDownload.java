package dev.lectern.generation.models;

import dev.lectern.generation.llamacpp.GgufHeader;
import dev.lectern.generation.models.PullProgress.State;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.LongSupplier;

/**
 * One model download: resumable with HTTP Range from the {@code .part} file an interruption left, checked for
 * free space first, verified by sha256 when the catalog knows it and by the GGUF structure always, and moved
 * into place atomically so that a half-written file never looks like a model.
 */
final class ModelDownload implements Runnable {

    // room kept free besides the model, so that the database and logs can still write
    static final long MARGIN = 64L << 20;

    private final HttpClient http;
    private final URI url;
    private final Path target;
    private final String sha256;
    private final long expectedBytes;
    private final LongSupplier freeSpace;
    private final Meter meter = new Meter();
    private volatile State state = State.DOWNLOADING;
    private volatile String detail = "Starting";
    private volatile boolean cancelled;

    ModelDownload(HttpClient http, URI url, Path target, String sha256, long expectedBytes, LongSupplier freeSpace) {
        this.http = http;
        this.url = url;
        this.target = target;
        this.sha256 = sha256;
        this.expectedBytes = expectedBytes;
        this.freeSpace = freeSpace;
    }

    static Path partOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".part");
    }

    PullProgress progress() {
        return meter.progress(state, detail);
    }

    void cancel() {
        cancelled = true;
    }

    @Override
    public void run() {
        Path part = partOf(target);
        try {
            download(part);
            if (cancelled) {
                finish(State.CANCELLED, "Cancelled; pull again to resume from " + meter.bytes() + " bytes.");
                return;
            }
            state = State.VERIFYING;
            detail = "Verifying";
            verify(part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            finish(State.DONE, sha256 == null ? "Downloaded; no published sha256 to compare with" : "Verified");
        } catch (PullFailed e) {
            finish(State.FAILED, e.getMessage());
        } catch (IOException e) {
            finish(State.FAILED, "Download interrupted (" + e.getMessage() + "); pull again to resume.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(State.CANCELLED, "Interrupted");
        } catch (RuntimeException e) { // the GGUF check refuses the file
            finish(State.FAILED, e.getMessage());
        }
    }

    private void finish(State end, String why) {
        detail = why;
        state = end;
    }

    private void download(Path part) throws IOException, InterruptedException {
        long have = Files.exists(part) ? Files.size(part) : 0;
        HttpRequest.Builder request =
                HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(1)).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 416 && have > 0) {
                meter.start(have, have);
                return; // the part file already holds everything
            }
            if (status != 200 && status != 206) {
                throw new PullFailed("The server answered " + status + " for " + url + ".");
            }
            boolean resumed = status == 206;
            long start = resumed ? have : 0;
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            long total = length < 0 ? -1 : start + length;
            checkSpace((total < 0 ? expectedBytes : total) - start);
            meter.start(start, total);
            StandardOpenOption mode = resumed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
            try (OutputStream out =
                    Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
                byte[] buffer = new byte[1 << 16];
                for (int read; !cancelled && (read = body.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                    meter.add(read);
                }
            }
            if (!cancelled && total >= 0 && meter.bytes() < total) {
                throw new IOException("the connection closed after " + meter.bytes() + " of " + total + " bytes");
            }
        }
    }

    private void checkSpace(long needed) {
        long free = freeSpace.getAsLong();
        if (needed + MARGIN > free) {
            throw new PullFailed("Not enough disk space: the model needs %d MB more, %d MB are free in %s."
                    .formatted(needed >> 20, free >> 20, target.getParent()));
        }
    }

    private void verify(Path part) throws IOException {
        if (sha256 != null) {
            String actual = Sha256.of(part);
            if (!actual.equals(sha256)) {
                Files.delete(part); // a resume would only append to bad bytes
                throw new PullFailed("Checksum mismatch: expected sha256 %s, got %s. The file was deleted; pull again."
                        .formatted(sha256, actual));
            }
        }
        GgufHeader.read(part);
    }

    /** A failure whose message is the whole story for the operator. */
    static final class PullFailed extends RuntimeException {
        PullFailed(String message) {
            super(message);
        }
    }

    /** Sha256 of a file, streamed. */
    static final class Sha256 {
        static String of(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[1 << 16];
                for (int read; (read = in.read(buffer)) >= 0; ) digest.update(buffer, 0, read);
                return HexFormat.of().formatHex(digest.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
