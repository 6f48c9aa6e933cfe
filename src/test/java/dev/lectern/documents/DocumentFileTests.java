package dev.lectern.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DocumentFileTests extends ApiTest {

    @Test
    void servesAPdfInlineSoTheBrowserCanPreviewIt() throws IOException {
        String workspace = api.createWorkspace("Previews");
        byte[] pdf = Files.readAllBytes(Path.of("../shared/datasets/ingestion-docs/pdf/DA-1p.pdf"));
        String id = api.upload("/api/v1/workspaces/" + workspace + "/documents", "file", "DA-1p.pdf", pdf)
                .json()
                .get("id")
                .asString();

        Response file = api.get("/api/v1/documents/" + id + "/file");

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.header("Content-Disposition")).startsWith("inline");
        assertThat(file.header("Content-Length")).isEqualTo(String.valueOf(pdf.length));
    }

    @Test
    void sendsHtmlAsADownloadSoItNeverRunsInTheAppsOrigin() {
        String workspace = api.createWorkspace("Pages");
        byte[] html =
                "<html><body><script>alert(1)</script><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);
        String id = api.upload("/api/v1/workspaces/" + workspace + "/documents", "file", "page.html", html)
                .json()
                .get("id")
                .asString();

        Response file = api.get("/api/v1/documents/" + id + "/file");

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/octet-stream");
        assertThat(file.header("Content-Disposition")).startsWith("attachment");
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.body()).contains("<p>Hello</p>");
    }

    @Test
    void answersNotFoundForAnUnknownDocument() {
        Response file = api.get("/api/v1/documents/00000000-0000-0000-0000-000000000001/file");

        assertThat(file.status()).isEqualTo(404);
    }
}
