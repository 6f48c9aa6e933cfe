package dev.lectern.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api;
import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuditApiTests extends ApiTest {

    @Test
    void securityEventsAreLoggedAndFilterable() {
        Instant before = Instant.now();
        Api.anonymous(port).postJson("/api/v1/session", "{\"username\":\"audited\",\"password\":\"wrong-password\"}");
        api.postJson(
                "/api/v1/admin/users",
                "{\"username\":\"audited\",\"password\":\"audited-password-1\",\"role\":\"VIEWER\"}");
        api.patchJson("/api/v1/admin/users/audited", "{\"role\":\"EDITOR\"}");
        Api audited = Api.signedIn(port, "audited", "audited-password-1");
        String key = audited.postJson("/api/v1/api-keys", "{\"name\":\"audited key\",\"scopes\":[\"read\"]}")
                .json()
                .get("id")
                .asString();
        audited.delete("/api/v1/api-keys/" + key);

        JsonNode ofUser =
                api.get("/api/v1/admin/audit?username=audited&from=" + before).json();
        JsonNode roleChanges =
                api.get("/api/v1/admin/audit?type=ROLE_CHANGED&from=" + before).json();

        assertThat(ofUser.get("items"))
                .extracting(event -> event.get("type").asString())
                .containsExactly("KEY_REVOKED", "KEY_CREATED", "SIGN_IN", "SIGN_IN_FAILED");
        assertThat(ofUser.get("totalItems").asLong()).isEqualTo(4);
        assertThat(roleChanges.get("items").get(0).get("username").asString()).isEqualTo(Api.ADMIN);
        assertThat(roleChanges.get("items").get(0).get("detail").asString()).isEqualTo("audited: VIEWER -> EDITOR");
        assertThat(api.get("/api/v1/admin/audit?type=SIGN_IN_FAILED").body()).doesNotContain("wrong-password");
    }

    @Test
    void deletionsAndExportsOfOtherModulesAreAudited() {
        String workspace = api.createWorkspace("Audited");
        String document = api.upload(
                        "/api/v1/workspaces/" + workspace + "/documents",
                        "file",
                        "gone.md",
                        "# Gone\n\nSoon deleted.\n".getBytes(StandardCharsets.UTF_8))
                .json()
                .get("id")
                .asString();
        api.awaitProcessed(document, Duration.ofSeconds(60));

        assertThat(api.delete("/api/v1/documents/" + document).status()).isLessThan(300);

        assertThat(api.get("/api/v1/admin/audit?type=DOCUMENT_DELETED").body()).contains(document);
    }

    @Test
    void exportIsCsvWithFormulasDefused() {
        api.postJson(
                "/api/v1/admin/users",
                "{\"username\":\"csv-user\",\"password\":\"csv-user-password\",\"role\":\"VIEWER\"}");

        Api.Response csv = api.get("/api/v1/admin/audit/export?type=USER_CREATED");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("occurredAt,type,username,detail\r\n")
                .contains(",USER_CREATED,\"admin\",\"csv-user as VIEWER\"");
    }

    @Test
    void badFiltersAreProblems() {
        assertThat(api.get("/api/v1/admin/audit?from=yesterday").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/admin/audit?size=1000").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/admin/audit?type=NOTHING").status()).isEqualTo(400);
    }
}
