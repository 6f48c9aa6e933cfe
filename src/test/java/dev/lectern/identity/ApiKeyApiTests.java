package dev.lectern.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api;
import dev.lectern.support.ApiTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiKeyApiTests extends ApiTest {

    @Test
    void keyIsShownOnceStoredWithoutSecretAndRecordsItsLastUse() {
        Api.Response issued = api.postJson("/api/v1/api-keys", "{\"name\":\"ci\",\"scopes\":[\"read\"]}");

        assertThat(issued.status()).isEqualTo(201);
        String secret = issued.json().get("secret").asString();
        assertThat(secret).startsWith("lk_").hasSizeGreaterThan(40);
        String id = issued.json().get("id").asString();

        assertThat(Api.withKey(port, secret).get("/api/v1/workspaces").status()).isEqualTo(200);

        JsonNode listed = listed(id);
        assertThat(listed.toString()).doesNotContain(secret);
        assertThat(listed.get("hint").asString()).isEqualTo(secret.substring(0, 9) + "…");
        assertThat(listed.get("lastUsedAt").isNull()).isFalse();
        assertThat(Instant.parse(listed.get("expiresAt").asString())).isAfter(Instant.now());
    }

    @Test
    void revokedKeyIsRefusedWithAProblem() {
        Api.Response issued = api.postJson("/api/v1/api-keys", "{\"name\":\"short-lived\",\"scopes\":[\"read\"]}");
        String secret = issued.json().get("secret").asString();

        assertThat(api.delete("/api/v1/api-keys/" + issued.json().get("id").asString())
                        .status())
                .isEqualTo(204);

        Api.Response refused = Api.withKey(port, secret).get("/api/v1/workspaces");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("type").asString()).endsWith("/invalid-api-key");
        assertThat(listed(issued.json().get("id").asString()).get("revoked").asBoolean())
                .isTrue();
    }

    @Test
    void unknownKeyIsRefused() {
        assertThat(Api.withKey(port, "lk_made-up").get("/api/v1/workspaces").status())
                .isEqualTo(401);
    }

    @Test
    void expiryInThePastIsRejected() {
        Api.Response rejected = api.postJson(
                "/api/v1/api-keys", "{\"name\":\"old\",\"scopes\":[\"read\"],\"expiresAt\":\"2020-01-01T00:00:00Z\"}");

        assertThat(rejected.status()).isEqualTo(400);
    }

    @Test
    void unknownScopeIsRejected() {
        assertThat(api.postJson("/api/v1/api-keys", "{\"name\":\"x\",\"scopes\":[\"everything\"]}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void scopesLimitWhatAKeyMayDo() {
        Api reader = Api.withKey(port, api.issueKey("reader", "read"));
        Api writer = Api.withKey(port, api.issueKey("writer", "write"));
        Api generator = Api.withKey(port, api.issueKey("generator", "generate"));
        String workspace = api.createWorkspace("Scoped");

        assertThat(reader.get("/api/v1/workspaces/" + workspace + "/documents").status())
                .isEqualTo(200);
        assertThat(reader.postJson("/api/v1/workspaces", "{\"name\":\"No\"}").status())
                .isEqualTo(403);
        assertThat(reader.get("/api/v1/admin/users").status()).isEqualTo(403);
        assertThat(writer.postJson("/api/v1/workspaces", "{\"name\":\"Yes\"}").status())
                .isEqualTo(201);
        assertThat(writer.get("/api/v1/workspaces").status()).isEqualTo(403);
        assertThat(writer.postJson("/api/v1/workspaces/" + workspace + "/answers", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(generator
                        .postJson("/api/v1/workspaces/" + workspace + "/answers", "{}")
                        .status())
                .isNotIn(401, 403);
        assertThat(generator.postJson("/api/v1/workspaces", "{\"name\":\"No\"}").status())
                .isEqualTo(403);
    }

    @Test
    void keyOfADisabledUserStopsWorking() {
        api.postJson(
                "/api/v1/admin/users",
                "{\"username\":\"leaver\",\"password\":\"leaver-password-1\",\"role\":\"EDITOR\"}");
        String key = Api.signedIn(port, "leaver", "leaver-password-1").issueKey("laptop", "read");
        assertThat(Api.withKey(port, key).get("/api/v1/workspaces").status()).isEqualTo(200);

        assertThat(api.patchJson("/api/v1/admin/users/leaver", "{\"enabled\":false}")
                        .status())
                .isEqualTo(200);

        assertThat(Api.withKey(port, key).get("/api/v1/workspaces").status()).isEqualTo(401);
        assertThat(Api.anonymous(port)
                        .postJson("/api/v1/session", "{\"username\":\"leaver\",\"password\":\"leaver-password-1\"}")
                        .status())
                .isEqualTo(401);
    }

    private JsonNode listed(String id) {
        for (JsonNode key : api.get("/api/v1/api-keys").json()) {
            if (key.get("id").asString().equals(id)) {
                return key;
            }
        }
        throw new AssertionError("Key " + id + " not listed");
    }
}
