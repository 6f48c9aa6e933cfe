package dev.lectern.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "lectern.documents.max-upload-size=2KB")
class UploadLimitTests extends ApiTest {

    @Test
    void rejectsFileOverTheConfiguredLimitWith413() {
        String workspace = api.createWorkspace("Limits");

        Response response = api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                "big.txt",
                "a".repeat(4096).getBytes());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/file-too-large");
        assertThat(response.json().get("detail").asString()).contains("2 KB");
    }
}
