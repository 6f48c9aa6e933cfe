package dev.lectern.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Duplicates, new versions, deletion, re-indexing and listing, through the API. */
class DocumentLifecycleTests extends ApiTest {

    @Value("${lectern.documents.storage-dir}")
    Path storageDir;

    String workspace;

    @BeforeEach
    void workspace() {
        workspace = api.createWorkspace("Lifecycle");
    }

    @Test
    void reportsDuplicateContentWithTheExistingDocument() {
        String first = readyDocument("policy.md", "# Policy\n\nRefunds within 30 days.");

        Response again = upload("policy-copy.md", "# Policy\n\nRefunds within 30 days.");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/duplicate-document");
        assertThat(again.json().get("existingDocumentId").asString()).isEqualTo(first);
        assertThat(again.json().get("detail").asString()).contains("policy.md");
    }

    @Test
    void aNewVersionReplacesTheChunks() {
        String id = readyDocument("menu.md", "# Menu\n\nToday we serve pumpkin soup with roasted chestnuts.");

        Response replaced = api.upload(
                "/api/v1/documents/" + id + "/content",
                "file",
                "menu.md",
                "# Menu\n\nToday we serve lemon tart with wild strawberries.".getBytes(StandardCharsets.UTF_8),
                "PUT");
        assertThat(replaced.status()).isEqualTo(202);
        JsonNode document = api.awaitProcessed(id, Duration.ofSeconds(60));

        assertThat(document.get("status").asString()).isEqualTo("READY");
        assertThat(document.get("version").asInt()).isEqualTo(2);
        String chunks = api.get("/api/v1/documents/" + id + "/chunks").body();
        assertThat(chunks).contains("lemon tart").doesNotContain("pumpkin");
    }

    @Test
    void deleteRemovesRecordChunksAndFile() throws Exception {
        String id = readyDocument("secret.md", "# Secret\n\nThe vault code is hidden behind the tapestry.");
        long filesBefore = countFiles();

        assertThat(api.delete("/api/v1/documents/" + id).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/documents/" + id).status()).isEqualTo(404);
        assertThat(countFiles()).isEqualTo(filesBefore - 1);
        awaitNoSearchResults("vault code hidden behind the tapestry");
    }

    @Test
    void reindexRunsTheDocumentAgainAndKeepsItsChunks() {
        String id = readyDocument("guide.md", "# Guide\n\nPress the green button twice to reset the kiosk.");

        Response response = api.postJson("/api/v1/documents/" + id + "/reindex", "");

        assertThat(response.status()).isEqualTo(202);
        JsonNode document = api.awaitProcessed(id, Duration.ofSeconds(60));
        assertThat(document.get("status").asString()).isEqualTo("READY");
        assertThat(api.get("/api/v1/workspaces/" + workspace + "/search?q=reset+the+kiosk&k=5")
                        .json()
                        .get("results")
                        .size())
                .isEqualTo(1);
        assertThat(api.postJson("/api/v1/workspaces/" + workspace + "/reindex", "")
                        .json()
                        .get("queued")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void listsDocumentsByStatusWithPages() {
        for (int i = 0; i < 3; i++) {
            readyDocument("note-" + i + ".md", "# Note " + i + "\n\nContent of note number " + i + ".");
        }

        JsonNode firstPage = api.get("/api/v1/workspaces/" + workspace + "/documents?status=READY&page=0&size=2")
                .json();
        assertThat(firstPage.get("items").size()).isEqualTo(2);
        assertThat(firstPage.get("totalItems").asInt()).isEqualTo(3);
        assertThat(firstPage.get("totalPages").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/workspaces/" + workspace + "/documents?status=FAILED")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
        assertThat(api.get("/api/v1/workspaces/" + workspace + "/documents?size=0")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void uploadsSeveralFilesInOneRequestEachOnItsOwn() {
        Response batch = api.uploadMany(
                "/api/v1/workspaces/" + workspace + "/documents/batch",
                new String[] {"a.md", "empty.md", "b.md"},
                new byte[][] {"# A\n\nAlpha".getBytes(), new byte[0], "# B\n\nBeta".getBytes()});

        assertThat(batch.status()).isEqualTo(202);
        JsonNode results = batch.json().get("results");
        assertThat(results.size()).isEqualTo(3);
        assertThat(results.get(0).get("document").get("status").asString()).isEqualTo("QUEUED");
        assertThat(results.get(1).get("error").get("type").asString()).endsWith("/empty-document");
        assertThat(results.get(2).get("document").get("name").asString()).isEqualTo("b.md");
    }

    @Test
    void sanitisesFileNames() {
        Response response = upload("../../etc/pass:wd.md", "# Name\n\nSafe name please.");

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("name").asString()).isEqualTo("pass_wd.md");
    }

    private String readyDocument(String name, String text) {
        String id = upload(name, text).json().get("id").asString();
        assertThat(api.awaitProcessed(id, Duration.ofSeconds(60)).get("status").asString())
                .isEqualTo("READY");
        return id;
    }

    private Response upload(String name, String text) {
        return api.upload(
                "/api/v1/workspaces/" + workspace + "/documents", "file", name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void awaitNoSearchResults(String query) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String path = "/api/v1/workspaces/" + workspace + "/search?q=" + query.replace(' ', '+');
        while (!api.get(path).json().get("results").isEmpty()) {
            assertThat(System.nanoTime())
                    .as("chunks still searchable after delete")
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private long countFiles() throws IOException {
        try (Stream<Path> files = Files.walk(storageDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().contains(".incoming"))
                    .count();
        }
    }
}
