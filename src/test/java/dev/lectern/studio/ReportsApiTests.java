package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api;
import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** Reports from templates through the API: versions, section edits and regeneration, and the four exports. */
@Import(ScriptedModelConfiguration.class)
class ReportsApiTests extends ApiTest {

    @Autowired
    ScriptedChatModel model;

    String workspace;
    String policy;

    @BeforeEach
    void documents() {
        workspace = api.createWorkspace("Reports");
        policy = upload(
                "laptop-policy.md",
                "# Laptop policy\n\nThis policy applies to all staff. Staff must return"
                        + " laptops when they leave, and rules require encryption. Exceptions: unless IT approves.\n");
    }

    @Test
    void generatesAReportThenEditsAndRegeneratesSectionsAsNewVersions() {
        model.reply(
                "The policy applies to all staff [1].",
                "Staff must return laptops [2].",
                "IT may approve exceptions [3].");

        Response created = generate("{\"template\":\"policy-digest\",\"title\":\"Laptop digest\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode report = created.json().get("report");
        String id = report.get("id").asString();
        assertThat(report.get("sections"))
                .extracting(s -> s.get("title").asString())
                .containsExactly("Scope", "Rules", "Exceptions");
        assertThat(report.get("sections")
                        .get(1)
                        .get("sources")
                        .get(0)
                        .get("number")
                        .asInt())
                .isEqualTo(2);
        assertThat(report.get("sections")
                        .get(1)
                        .get("sources")
                        .get(0)
                        .get("documentId")
                        .asString())
                .isEqualTo(policy);
        assertThat(model.lastPrompt().getUserMessage().getText())
                .contains("Exceptions", "Laptop digest", "<source id=\"3\"");

        JsonNode edited = api.putJson(
                        "/api/v1/reports/" + id + "/sections/0", "{\"text\":\"Everyone is covered [1]. And [9].\"}")
                .json();
        model.reply("Laptops go back on the last day [4].");
        JsonNode regenerated = api.postJson("/api/v1/reports/" + id + "/sections/1/regenerate", "")
                .json();

        assertThat(edited.get("report").get("version").asInt()).isEqualTo(2);
        assertThat(edited.get("report").get("sections").get(0).get("text").asString())
                .isEqualTo("Everyone is covered [1]. And.");
        assertThat(regenerated.get("versions").toString()).isEqualTo("[1,2,3]");
        assertThat(regenerated.get("report").get("sections").get(1).get("text").asString())
                .isEqualTo("Laptops go back on the last day [4].");
        assertThat(regenerated.get("report").get("sections").get(0).get("text").asString())
                .startsWith("Everyone");
        assertThat(api.get("/api/v1/reports/" + id + "?version=1")
                        .json()
                        .get("report")
                        .get("sections")
                        .get(0)
                        .get("text")
                        .asString())
                .isEqualTo("The policy applies to all staff [1].");
    }

    @Test
    void exportsMarkdownHtmlPdfAndDocxWithTheCitationsAsFootnotes() throws Exception {
        model.reply(
                "The policy applies to all staff [1].", "Staff must return laptops [2].", "No exceptions are listed.");
        String id = generate("{\"template\":\"policy-digest\"}")
                .json()
                .get("report")
                .get("id")
                .asString();

        String markdown =
                api.get("/api/v1/reports/" + id + "/export?format=markdown").body();
        String html = api.get("/api/v1/reports/" + id + "/export?format=html").body();
        byte[] pdf = download(id, "pdf");
        byte[] docx = download(id, "docx");

        assertThat(markdown)
                .startsWith("# Policy digest")
                .contains("applies to all staff[^1].", "[^1]: laptop-policy.md, Laptop policy: \"This policy");
        assertThat(html)
                .contains(
                        "<sup><a href=\"#fn-2\" id=\"ref-2\">2</a></sup>",
                        "<li id=\"fn-2\" value=\"2\">laptop-policy.md");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Policy digest", "Scope", "Staff must return laptops[2].", "[1] laptop-policy.md");
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .contains("Policy digest", "Rules");
            assertThat(document.getFootnotes()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(document.getFootnotes()
                            .getLast()
                            .getParagraphs()
                            .getFirst()
                            .getText())
                    .startsWith("laptop-policy.md");
        }
    }

    @Test
    void listsTemplatesAndRejectsUnknownTemplatesFormatsAndReports() {
        assertThat(api.get("/api/v1/report-templates").json())
                .extracting(t -> t.get("id").asString())
                .containsExactly("executive-brief", "competitor-overview", "policy-digest");
        assertThat(generate("{\"template\":\"horoscope\"}").status()).isEqualTo(404);
        assertThat(generate("{}").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/reports/" + UUID.randomUUID()).status()).isEqualTo(404);
        model.reply("A [1].", "B [2].", "C [3].");
        String id = generate("{\"template\":\"policy-digest\"}")
                .json()
                .get("report")
                .get("id")
                .asString();
        assertThat(api.get("/api/v1/reports/" + id + "/export?format=xls").status())
                .isEqualTo(400);
        assertThat(api.postJson("/api/v1/reports/" + id + "/sections/7/regenerate", "")
                        .status())
                .isEqualTo(404);
    }

    private Response generate(String body) {
        return api.postJson("/api/v1/workspaces/" + workspace + "/reports", body);
    }

    private byte[] download(String id, String format) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            var request = HttpRequest.newBuilder(URI.create(
                            "http://localhost:" + port + "/api/v1/reports/" + id + "/export?format=" + format))
                    .header("Authorization", Api.adminAuthorization(port))
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }

    private String upload(String name, String content) {
        return StudioFixtures.uploadReady(api, workspace, name, content);
    }
}
