package dev.lectern.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api;
import dev.lectern.support.Api.Response;
import dev.lectern.support.TestDataDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lectern.documents.max-upload-size=2KB")
class UploadLimitTests {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void rejectsFileOverTheConfiguredLimitWith413() {
        Api api = new Api(port);
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
