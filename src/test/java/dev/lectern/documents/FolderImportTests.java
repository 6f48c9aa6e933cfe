package dev.lectern.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Importing a server folder: patterns, duplicates on a second run, and nothing outside the import roots. */
class FolderImportTests extends ApiTest {

    @Value("${lectern.data-dir}")
    Path dataDir;

    @Test
    void importsMatchingFilesRecursivelyAndReportsDuplicatesOnTheSecondRun() throws IOException {
        Path folder = Files.createDirectories(dataDir.resolve("import/handbooks"));
        Files.writeString(folder.resolve("travel.md"), "# Travel\n\nTrains under four hours.");
        Files.writeString(folder.resolve("notes.txt"), "Plain notes about parking.");
        Files.createDirectories(folder.resolve("archive/2020"));
        Files.writeString(folder.resolve("archive/2020/old.md"), "# Old\n\nOutdated rules.");
        Files.writeString(folder.resolve("debug.log"), "not a document");
        String workspace = api.createWorkspace("Imports");
        String request = """
                {"workspaceId":"%s","path":"%s","include":["**/*.md","*.txt"],"exclude":["archive/**"]}""".formatted(workspace, folder);

        JsonNode first = api.postJson("/api/v1/admin/imports/folder", request).json();
        JsonNode second = api.postJson("/api/v1/admin/imports/folder", request).json();

        assertThat(first.get("imported").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("travel.md", "notes.txt");
        assertThat(second.get("imported").isEmpty()).isTrue();
        assertThat(second.get("duplicates").size()).isEqualTo(2);
        assertThat(api.get("/api/v1/workspaces/" + workspace + "/documents")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void refusesFoldersOutsideTheImportRoots() {
        String workspace = api.createWorkspace("Imports");

        Response response = api.postJson(
                "/api/v1/admin/imports/folder", "{\"workspaceId\":\"%s\",\"path\":\"/etc\"}".formatted(workspace));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("type").asString()).endsWith("/folder-not-allowed");
        Response escape = api.postJson(
                "/api/v1/admin/imports/folder",
                "{\"workspaceId\":\"%s\",\"path\":\"%s/import/../files\"}".formatted(workspace, dataDir));
        assertThat(escape.status()).isEqualTo(403);
    }
}
