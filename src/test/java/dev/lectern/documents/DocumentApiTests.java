package dev.lectern.documents;

import static dev.lectern.support.SampleDocuments.HANDBOOK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

class DocumentApiTests extends ApiTest {

    @Value("${lectern.documents.storage-dir}")
    Path storageDir;

    String workspace;

    @BeforeEach
    void workspace() {
        workspace = api.createWorkspace("Handbooks");
    }

    @Test
    void markdownUploadBecomesReadyAndItsPassageIsFoundFirst() {
        Response uploaded = upload("handbook.md", HANDBOOK);
        assertThat(uploaded.status()).isEqualTo(202);
        assertThat(uploaded.json().get("status").asString()).isEqualTo("QUEUED");
        assertThat(uploaded.json().get("name").asString()).isEqualTo("handbook.md");
        String id = uploaded.json().get("id").asString();

        JsonNode document = api.awaitProcessed(id, Duration.ofSeconds(60));
        assertThat(document.get("status").asString()).isEqualTo("READY");
        assertThat(document.get("chunkCount").asInt()).isEqualTo(3);
        assertThat(document.get("workspaceId").asString()).isEqualTo(workspace);

        Response search = api.get("/api/v1/workspaces/" + workspace + "/search?q=purple%20titanium%20keyboard&k=3");
        assertThat(search.status()).isEqualTo(200);
        JsonNode first = search.json().get("results").get(0);
        assertThat(first.get("documentId").asString()).isEqualTo(id);
        assertThat(first.get("documentName").asString()).isEqualTo("handbook.md");
        assertThat(first.get("text").asString()).contains("purple titanium keyboard");
        assertThat(first.get("headingPath").asString()).isEqualTo("Employee handbook > Equipment > Laptops");
        assertThat(first.get("chunkId").asString()).isNotBlank();
        assertThat(first.get("score").asDouble())
                .isGreaterThan(search.json().get("results").get(1).get("score").asDouble());
    }

    @Test
    void searchNeverReturnsChunksOfAnotherWorkspace() {
        String id = upload("handbook.md", HANDBOOK).json().get("id").asString();
        api.awaitProcessed(id, Duration.ofSeconds(60));
        String other = api.createWorkspace("Other");

        Response search = api.get("/api/v1/workspaces/" + other + "/search?q=purple%20titanium%20keyboard");

        assertThat(search.status()).isEqualTo(200);
        assertThat(search.json().get("results").isEmpty()).isTrue();
    }

    @Test
    void rejectsEmptyFile() {
        Response response = upload("empty.md", "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).endsWith("/empty-document");
    }

    @Test
    void recognisesTheTypeFromTheBytesNotTheName() throws IOException {
        byte[] docx = Files.readAllBytes(Path.of("../shared/datasets/ingestion-docs/simple.docx"));

        Response response = api.upload("/api/v1/workspaces/" + workspace + "/documents", "file", "notes.txt", docx);

        assertThat(response.status()).isEqualTo(202);
        String id = response.json().get("id").asString();
        assertThat(api.get("/api/v1/documents/" + id).json().get("contentType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void rejectsBytesOfNoKnownTypeWhateverTheName() {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);

        Response response = api.upload("/api/v1/workspaces/" + workspace + "/documents", "file", "report.pdf", noise);

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().get("type").asString()).endsWith("/unsupported-document-type");
        assertThat(response.json().get("detail").asString()).contains("report.pdf");
    }

    @Test
    void uploadToUnknownWorkspaceIs404AndStoresNothing() throws IOException {
        long filesBefore = countFiles();

        Response response = api.upload(
                "/api/v1/workspaces/" + UUID.randomUUID() + "/documents",
                "file",
                "a.md",
                "text".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("type").asString()).endsWith("/workspace-not-found");
        assertThat(countFiles()).isEqualTo(filesBefore);
    }

    @Test
    void rejectsUploadWithoutFilePart() {
        Response response =
                api.upload("/api/v1/workspaces/" + workspace + "/documents", "attachment", "a.md", "x".getBytes());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownDocumentIs404AndMalformedIdIs400() {
        assertThat(api.get("/api/v1/documents/" + UUID.randomUUID()).status()).isEqualTo(404);
        Response malformed = api.get("/api/v1/documents/not-a-uuid");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("type").asString()).endsWith("/invalid-parameter");
    }

    @Test
    void searchRejectsBadParameters() {
        String search = "/api/v1/workspaces/" + workspace + "/search";
        assertThat(api.get(search).status()).isEqualTo(400);
        assertThat(api.get(search + "?q=x&k=0").status()).isEqualTo(400);
        assertThat(api.get(search + "?q=x&k=1001").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/workspaces/" + UUID.randomUUID() + "/search?q=x")
                        .status())
                .isEqualTo(404);
    }

    private Response upload(String name, String content) {
        return api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                name,
                content.getBytes(StandardCharsets.UTF_8));
    }

    private long countFiles() throws IOException {
        if (!Files.exists(storageDir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(storageDir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
