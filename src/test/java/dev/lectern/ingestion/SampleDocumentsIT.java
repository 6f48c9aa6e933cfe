package dev.lectern.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.ingestion.parsing.Tesseract;
import dev.lectern.support.Api;
import dev.lectern.support.TestDataDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Every real sample file through the whole pipeline: READY, or FAILED with the right reason. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDocumentsIT {

    static final Path SAMPLES = Path.of("../shared/datasets/ingestion-docs");

    /**
     * The files that cannot become text, with the reason a user must read. The only text of picture.pptx is in
     * its picture, which only OCR reads.
     */
    static final Map<String, String> EXPECTED_FAILURES = Tesseract.installed()
            ? Map.of("password_protected.xlsx", "password protected", "empty.xlsx", "No text found")
            : Map.of(
                    "password_protected.xlsx", "password protected",
                    "empty.xlsx", "No text found",
                    "picture.pptx", "No text found");

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry);
    }

    @LocalServerPort
    int port;

    Api api;
    final Map<String, JsonNode> outcomes = new LinkedHashMap<>();

    @BeforeAll
    void ingestEverySample() throws IOException {
        api = new Api(port);
        String workspace = api.createWorkspace("Samples");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            var response = api.upload(
                    "/api/v1/workspaces/" + workspace + "/documents",
                    "file",
                    file.getFileName().toString(),
                    Files.readAllBytes(file));
            assertThat(response.status())
                    .as("upload of %s: %s", file, response.body())
                    .isEqualTo(202);
            outcomes.put(file.getFileName().toString(), response.json());
        }
        outcomes.replaceAll(
                (name, uploaded) -> api.awaitProcessed(uploaded.get("id").asString(), Duration.ofMinutes(5)));
    }

    @Test
    void everyFileEndsReadyOrFailsWithItsSpecificReason() {
        outcomes.forEach((name, document) -> {
            String expected = EXPECTED_FAILURES.get(name);
            if (expected == null) {
                assertThat(document.get("status").asString())
                        .as("%s: %s", name, document)
                        .isEqualTo("READY");
                assertThat(document.get("chunkCount").asInt()).as(name).isPositive();
            } else {
                assertThat(document.get("status").asString()).as(name).isEqualTo("FAILED");
                assertThat(document.get("error").asString()).as(name).contains(expected);
            }
        });
    }

    @Test
    void tablesFromWordExcelAndPdfComeBackAsMarkdownTables() {
        assertThat(chunkTexts("docx-tables.docx")).anyMatch(text -> text.contains("| --- |"));
        assertThat(chunkTexts("all-number-table.pdf")).anyMatch(text -> text.contains("| 400.01 | 3 |"));
        assertThat(chunks("embedded-images-tables.pdf").valueStream())
                .anyMatch(chunk -> chunk.get("text").asString().contains("| 2 | 1.9460 | 0.0596 |")
                        && chunk.get("location").get("page").asInt() == 1);
        JsonNode sheetChunks = chunks("stanley-cups.xlsx");
        assertThat(sheetChunks.valueStream())
                .anyMatch(chunk -> chunk.get("text").asString().contains("| --- |")
                        && !chunk.get("location").get("sheet").isNull());
    }

    @Test
    void pdfChunksCarryTheirPageNumbers() {
        List<Integer> pages = chunks("list-item-example.pdf")
                .valueStream()
                .map(chunk -> chunk.get("location").get("page").asInt())
                .distinct()
                .toList();
        assertThat(pages).containsExactly(1, 2);
    }

    @Test
    void slidesCarryTheirNumbers() {
        assertThat(chunks("fake-power-point-many-pages.pptx")
                        .valueStream()
                        .map(chunk -> chunk.get("location").get("slide").asInt())
                        .distinct())
                .hasSizeGreaterThan(1);
    }

    @Test
    void mailAttachmentsBecomeDocumentsLinkedToTheirMail() {
        String mail = outcomes.get("fake-email-attachment.eml").get("id").asString();
        String workspace =
                outcomes.get("fake-email-attachment.eml").get("workspaceId").asString();

        JsonNode all = api.get("/api/v1/workspaces/" + workspace + "/documents?size=500")
                .json()
                .get("items");

        assertThat(all.valueStream().filter(d -> mail.equals(d.get("parentId").asString(null))))
                .isNotEmpty();
    }

    private List<String> chunkTexts(String file) {
        return chunks(file)
                .valueStream()
                .map(chunk -> chunk.get("text").asString())
                .toList();
    }

    private JsonNode chunks(String file) {
        String id = outcomes.get(file).get("id").asString();
        return api.get("/api/v1/documents/" + id + "/chunks").json().get("chunks");
    }
}
