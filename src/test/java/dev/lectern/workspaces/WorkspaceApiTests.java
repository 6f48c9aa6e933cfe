package dev.lectern.workspaces;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import org.junit.jupiter.api.Test;

class WorkspaceApiTests extends ApiTest {

    @Test
    void createsWorkspaceAndListsIt() {
        Response created = api.postJson("/api/v1/workspaces", "{\"name\":\"  Contracts 2026 \"}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("name").asString()).isEqualTo("Contracts 2026");
        assertThat(created.header("Location")).endsWith("/api/v1/workspaces/" + id);

        Response list = api.get("/api/v1/workspaces");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().valueStream().map(w -> w.get("id").asString())).contains(id);
    }

    @Test
    void rejectsBlankNameWithProblemDetail() {
        Response response = api.postJson("/api/v1/workspaces", "{\"name\":\"   \"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("https://lectern.dev/problems/invalid-request");
        assertThat(response.json().get("detail").asString()).contains("'name'");
    }

    @Test
    void rejectsMissingNameAndOverlongName() {
        assertThat(api.postJson("/api/v1/workspaces", "{}").status()).isEqualTo(400);
        String longName = "x".repeat(Workspace.MAX_NAME_LENGTH + 1);
        Response tooLong = api.postJson("/api/v1/workspaces", "{\"name\":\"" + longName + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("detail").asString()).contains("'name'");
    }

    @Test
    void rejectsMalformedJsonWithoutLeakingInternals() {
        Response response = api.postJson("/api/v1/workspaces", "{\"name\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).endsWith("/malformed-request");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dev.lectern");
    }
}
