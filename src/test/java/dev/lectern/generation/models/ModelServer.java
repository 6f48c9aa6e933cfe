package dev.lectern.generation.models;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server for one file at {@code /model.gguf}, with HTTP Range, and faults on demand: a cut
 * connection, slowness. Public because the browser journey pulls from it too.
 */
public final class ModelServer implements AutoCloseable {

    final List<String> ranges = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final byte[] content;
    volatile long cutAfter = -1; // the next response stops after this many bytes
    volatile int delayPerChunkMillis;

    private static final int CHUNK = 8192;

    public ModelServer(byte[] content) throws IOException {
        this.content = content;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Sends the whole file in about this time, so that a progress display has something to show. */
    public void spreadOver(Duration duration) {
        long chunks = Math.max(1, content.length / CHUNK);
        delayPerChunkMillis = (int) Math.max(1, duration.toMillis() / chunks);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals("/model.gguf")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String range = exchange.getRequestHeaders().getFirst("Range");
            ranges.add(String.valueOf(range));
            int from = range == null ? 0 : Integer.parseInt(range.replaceAll("bytes=(\\d+)-.*", "$1"));
            if (from >= content.length) {
                exchange.sendResponseHeaders(416, -1);
                return;
            }
            if (range != null) {
                exchange.getResponseHeaders()
                        .set("Content-Range", "bytes %d-%d/%d".formatted(from, content.length - 1, content.length));
            }
            exchange.sendResponseHeaders(range == null ? 200 : 206, content.length - from);
            long limit = cutAfter;
            cutAfter = -1;
            OutputStream out = exchange.getResponseBody();
            int sent = 0;
            for (int at = from; at < content.length; at += CHUNK) {
                int size = Math.min(CHUNK, content.length - at);
                if (limit >= 0 && sent + size > limit) {
                    out.flush();
                    throw new IOException("cut on purpose");
                }
                out.write(content, at, size);
                sent += size;
                if (delayPerChunkMillis > 0) {
                    out.flush();
                    Thread.sleep(delayPerChunkMillis);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
