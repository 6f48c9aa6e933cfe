package dev.lectern.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests that talk to a running Lectern over real HTTP, as integrations do. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A response with its body parsed as JSON (null when the body is not JSON). */
    public record Response(int status, HttpHeaders headers, String body, JsonNode json) {
        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public Response postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public Response postJson(String path, String json, String accept) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Posts one file as the multipart part {@code part}. */
    public Response upload(String path, String part, String fileName, byte[] content) {
        return upload(path, part, fileName, content, "POST");
    }

    /** Sends one file as the multipart part {@code part} with the given method (POST or PUT). */
    public Response upload(String path, String part, String fileName, byte[] content, String method) {
        return multipart(path, method, part, new String[] {fileName}, new byte[][] {content});
    }

    /** Posts several files, each as a part named {@code file}. */
    public Response uploadMany(String path, String[] fileNames, byte[][] contents) {
        return multipart(path, "POST", "file", fileNames, contents);
    }

    public Response putJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public Response patchJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Posts one file as the part {@code file}, and form fields as {name, value} pairs. */
    public Response uploadWithFields(String path, String fileName, byte[] content, List<String[]> fields) {
        String boundary = "lectern-" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        for (String[] field : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                            + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE().build());
    }

    private Response multipart(String path, String method, String part, String[] fileNames, byte[][] contents) {
        String boundary = "lectern-" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < fileNames.length; i++) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                            + fileNames[i] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(contents[i]);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    public String createWorkspace(String name) {
        Response created = postJson("/api/v1/workspaces", "{\"name\":\"" + name + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("Workspace not created: " + created);
        }
        return created.json().get("id").asString();
    }

    /** Waits until the document leaves QUEUED and PROCESSING, and returns its final record. */
    public JsonNode awaitProcessed(String documentId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode document = get("/api/v1/documents/" + documentId).json();
            String status = document.get("status").asString();
            if (status.equals("READY") || status.equals("FAILED")) {
                return document;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Document still " + status + " after " + timeout);
            }
            sleep(100);
        }
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new Response(
                    response.statusCode(), response.headers(), response.body(), parse(type, response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String contentType, String body) {
        return contentType.contains("json") && !body.isEmpty() ? JSON.readTree(body) : null;
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
