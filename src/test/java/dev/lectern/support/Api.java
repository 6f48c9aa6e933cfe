package dev.lectern.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests that talk to a running Lectern over real HTTP, as integrations do. By default
 * it acts as the bootstrap administrator with an API key; {@link #anonymous}, {@link #withKey} and
 * {@link #signedIn} give the other kinds of caller.
 */
public final class Api {

    /** The administrator every test server is started with (see {@link TestDataDirectory}). */
    public static final String ADMIN = "admin";

    public static final String ADMIN_PASSWORD = "test-admin-password";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<Integer, String> ADMIN_KEYS = new ConcurrentHashMap<>();

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(cookies)
            .build();
    private final String base;
    private final int port;
    private final Credential credential;

    private enum Mode {
        ADMIN_KEY,
        KEY,
        SESSION,
        ANONYMOUS
    }

    private record Credential(Mode mode, String key) {}

    /** The bootstrap administrator, through an API key it creates on first use. */
    public Api(int port) {
        this(port, new Credential(Mode.ADMIN_KEY, null));
    }

    private Api(int port, Credential credential) {
        this.base = "http://localhost:" + port;
        this.port = port;
        this.credential = credential;
    }

    public static Api anonymous(int port) {
        return new Api(port, new Credential(Mode.ANONYMOUS, null));
    }

    public static Api withKey(int port, String key) {
        return new Api(port, new Credential(Mode.KEY, key));
    }

    /** A browser-like client: a session cookie, and the XSRF-TOKEN cookie echoed on unsafe requests. */
    public static Api signedIn(int port, String username, String password) {
        Api api = new Api(port, new Credential(Mode.SESSION, null));
        Response signIn = api.postJson(
                "/api/v1/session", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (signIn.status() != 200) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + signIn);
        }
        return api;
    }

    /** Command-line arguments that start a server with this administrator and without a rate limit. */
    public static List<String> serverArguments() {
        return List.of(
                "--lectern.security.admin.username=" + ADMIN,
                "--lectern.security.admin.password=" + ADMIN_PASSWORD,
                "--lectern.security.requests-per-minute=1000000");
    }

    /** The value of an Authorization header that acts as the bootstrap administrator. */
    public static String adminAuthorization(int port) {
        return "Bearer " + ADMIN_KEYS.computeIfAbsent(port, Api::issueAdminKey);
    }

    /** Issues a key for the signed-in user of this client. */
    public String issueKey(String name, String... scopes) {
        String list = String.join("\",\"", scopes);
        Response issued = postJson("/api/v1/api-keys", "{\"name\":\"" + name + "\",\"scopes\":[\"" + list + "\"]}");
        if (issued.status() != 201) {
            throw new IllegalStateException("Key not issued: " + issued);
        }
        return issued.json().get("secret").asString();
    }

    /** The value of a cookie this client holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private static String issueAdminKey(int port) {
        return signedIn(port, ADMIN, ADMIN_PASSWORD).issueKey("tests", "admin");
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
        Response response = sendOnce(authorized(request));
        if (response.status() == 401 && credential.mode() == Mode.ADMIN_KEY) {
            // a server started again on this port with fresh data does not know the cached key
            ADMIN_KEYS.remove(port);
            response = sendOnce(authorized(request));
        }
        return response;
    }

    private HttpRequest authorized(HttpRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true);
        switch (credential.mode()) {
            case ADMIN_KEY -> builder.header("Authorization", adminAuthorization(port));
            case KEY -> builder.header("Authorization", "Bearer " + credential.key());
            case SESSION -> {
                String token = cookie("XSRF-TOKEN");
                if (!request.method().equals("GET") && token != null) {
                    builder.header("X-XSRF-TOKEN", token);
                }
            }
            case ANONYMOUS -> {}
        }
        return builder.build();
    }

    private Response sendOnce(HttpRequest request) {
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
