package dev.lectern.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api;
import dev.lectern.support.ApiTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Idempotency-Key on uploads and generation requests: a retry gets the first response, not a second effect. */
class IdempotencyApiTests extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    String workspace;

    @BeforeEach
    void workspace() {
        workspace = api.createWorkspace("Idempotency");
    }

    @Test
    void aRetriedUploadReturnsTheFirstResponseAndStoresOneDocument() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] file = "# Once\n\nUploaded once, however often it is sent.".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> first = upload(admin(), key, "once.md", file);
        HttpResponse<String> retry = upload(admin(), key, "once.md", file);
        HttpResponse<String> withoutKey = upload(admin(), null, "once.md", file);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(withoutKey.statusCode())
                .as("the same bytes without a key are a duplicate")
                .isEqualTo(409);
        JsonNode documents =
                api.get("/api/v1/workspaces/" + workspace + "/documents").json();
        assertThat(documents.get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();

        upload(admin(), key, "a.md", "# A\n\nFirst.".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> other = upload(admin(), key, "b.md", "# B\n\nSecond.".getBytes(StandardCharsets.UTF_8));

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(other.body()).get("type").asString()).endsWith("/idempotency-key-reused");
    }

    @Test
    void aRepeatedGenerationRequestIsAnsweredFromTheFirstWithoutRunningAgain() throws Exception {
        String id = api.upload(
                        "/api/v1/workspaces/" + workspace + "/documents",
                        "file",
                        "refunds.md",
                        "# Refunds\n\nRefunds take 14 days.".getBytes(StandardCharsets.UTF_8))
                .json()
                .get("id")
                .asString();
        api.awaitProcessed(id, java.time.Duration.ofSeconds(60));
        String key = UUID.randomUUID().toString();
        String question = "{\"question\":\"How long do refunds take?\",\"mode\":\"EXTRACTIVE\"}";

        HttpResponse<String> first = postJson(admin(), key, "/answers", question);
        HttpResponse<String> retry = postJson(admin(), key, "/answers", question);
        HttpResponse<String> fresh = postJson(admin(), UUID.randomUUID().toString(), "/answers", question);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        String conversation = JSON.readTree(first.body()).get("conversationId").asString();
        assertThat(JSON.readTree(fresh.body()).get("conversationId").asString())
                .as("a new key runs the request again")
                .isNotEqualTo(conversation);
    }

    @Test
    void aRepeatedStreamedAnswerReplaysTheRecordedEventStream() throws Exception {
        String id = api.upload(
                        "/api/v1/workspaces/" + workspace + "/documents",
                        "file",
                        "returns.md",
                        "# Returns\n\nReturns are accepted for 30 days.".getBytes(StandardCharsets.UTF_8))
                .json()
                .get("id")
                .asString();
        api.awaitProcessed(id, java.time.Duration.ofSeconds(60));
        String key = UUID.randomUUID().toString();
        String question = "{\"question\":\"How long are returns accepted?\",\"mode\":\"EXTRACTIVE\"}";

        HttpResponse<String> first = postJson(admin(), key, "/answers", question, "text/event-stream");
        HttpResponse<String> retry = postJson(admin(), key, "/answers", question, "text/event-stream");
        HttpResponse<String> other = postJson(admin(), key, "/answers", "{\"question\":\"Who?\"}", "text/event-stream");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("event:citations").contains("event:done");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.body()).as("the same events, the same conversation").isEqualTo(first.body());
        assertThat(other.statusCode()).isEqualTo(422);
    }

    @Test
    void keysBelongToTheirCaller() throws Exception {
        String password = "idem-editor-password-1";
        String username = "idem-" + UUID.randomUUID().toString().substring(0, 8);
        api.postJson(
                "/api/v1/admin/users",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"role\":\"EDITOR\"}");
        api.putJson("/api/v1/workspaces/" + workspace + "/members/" + username, "{\"role\":\"EDITOR\"}");
        String editor = "Bearer " + Api.signedIn(port, username, password).issueKey("t", "read", "write");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> mine =
                upload(admin(), key, "mine.md", "# Mine\n\nAdmin's.".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> theirs =
                upload(editor, key, "theirs.md", "# Theirs\n\nEditor's.".getBytes(StandardCharsets.UTF_8));

        assertThat(mine.statusCode()).isEqualTo(202);
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(202);
        assertThat(theirs.body()).isNotEqualTo(mine.body()).contains("theirs.md");
    }

    private String admin() {
        return Api.adminAuthorization(port);
    }

    private HttpResponse<String> upload(String authorization, String key, String name, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "b-" + UUID.randomUUID(); // a new boundary each time, as real clients do
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/workspaces/" + workspace + "/documents"))
                .header("Authorization", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String authorization, String key, String use, String json)
            throws IOException, InterruptedException {
        return postJson(authorization, key, use, json, "application/json");
    }

    private HttpResponse<String> postJson(String authorization, String key, String use, String json, String accept)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/workspaces/" + workspace + use))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
