package dev.lectern.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI 3 document and Swagger UI that integrators start from. */
class ApiDocumentationTests extends ApiTest {

    @Test
    void openApiDocumentListsTheMainEndpointsWithTheirMethods() {
        Response response = api.get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.json();
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("info").get("title").asString()).isEqualTo("Lectern API");
        JsonNode paths = document.get("paths");
        assertThat(paths.get("/api/v1/workspaces").has("post")).isTrue();
        assertThat(paths.get("/api/v1/workspaces").has("get")).isTrue();
        assertThat(paths.get("/api/v1/workspaces/{workspaceId}/documents").has("post"))
                .isTrue();
        assertThat(paths.get("/api/v1/workspaces/{workspaceId}/documents").has("get"))
                .isTrue();
        assertThat(paths.get("/api/v1/workspaces/{workspaceId}/search").has("get"))
                .isTrue();
        assertThat(paths.get("/api/v1/workspaces/{workspaceId}/answers").has("post"))
                .isTrue();
        assertThat(paths.get("/api/v1/admin/models").has("get")).isTrue();
        assertThat(paths.get("/api/v1/admin/models/{id}/activate").has("post")).isTrue();
        for (String openAi : List.of("/v1/chat/completions", "/v1/embeddings")) {
            assertThat(paths.get(openAi).has("post")).as(openAi).isTrue();
        }
        assertThat(paths.get("/v1/models").has("get")).isTrue();
    }

    @Test
    void swaggerUiIsServed() {
        Response entry = api.get("/swagger-ui.html");
        Response page = api.get("/swagger-ui/index.html");

        assertThat(entry.status()).isIn(200, 302);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }
}
