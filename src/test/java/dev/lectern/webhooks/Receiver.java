package dev.lectern.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/** A webhook receiver on loopback (JDK HttpServer) that answers scripted statuses and records every request. */
final class Receiver implements AutoCloseable {

    record Received(String signature, String body) {}

    private final HttpServer server;
    private final Deque<Integer> statuses = new ConcurrentLinkedDeque<>();
    private final List<Received> received = java.util.Collections.synchronizedList(new ArrayList<>());
    private final int otherwise;

    /** Answers the given statuses in turn, then {@code otherwise} for ever. */
    Receiver(int otherwise, Integer... first) {
        this.otherwise = otherwise;
        statuses.addAll(List.of(first));
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("Lectern-Signature"), body));
            Integer next = statuses.poll();
            exchange.sendResponseHeaders(next == null ? otherwise : next, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
