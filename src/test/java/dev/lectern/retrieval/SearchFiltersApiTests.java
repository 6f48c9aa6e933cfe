package dev.lectern.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.Api;
import dev.lectern.support.ApiTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Search filters, document tags and bad input through the API, as a client sees them. */
class SearchFiltersApiTests extends ApiTest {

    String workspace;

    @BeforeEach
    void workspace() {
        workspace = api.createWorkspace("Filters");
    }

    @Test
    void filtersByTagTypeDocumentAndDateAndFollowsATagChange() {
        String manual =
                upload("pumps.md", "# Pumps\n\nThe pump needs new seals every year.\n", "Maintenance,hydraulics");
        String memo = upload("memo.txt", "Memo: the pump in hall B was replaced.\n", null);
        assertThat(api.get("/api/v1/documents/" + manual).json().get("tags").toString())
                .isEqualTo("[\"hydraulics\",\"maintenance\"]");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

        assertThat(documentsFound("")).containsExactlyInAnyOrder(manual, memo);
        assertThat(documentsFound("&tags=HYDRAULICS")).containsExactly(manual);
        assertThat(documentsFound("&type=md")).containsExactly(manual);
        assertThat(documentsFound("&type=txt")).containsExactly(memo);
        assertThat(documentsFound("&type=text/plain,pdf")).containsExactly(memo);
        assertThat(documentsFound("&documentIds=" + memo)).containsExactly(memo);
        assertThat(documentsFound("&from=" + tomorrow)).isEmpty();
        assertThat(documentsFound("&from=" + today + "&to=" + today)).containsExactlyInAnyOrder(manual, memo);
        assertThat(documentsFound("&tags=maintenance&type=txt")).isEmpty();

        var patched = api.patchJson("/api/v1/documents/" + memo, "{\"tags\":[\"Hydraulics\",\"memo\"]}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("tags").toString()).isEqualTo("[\"hydraulics\",\"memo\"]");
        awaitUntil(() -> documentsFound("&tags=hydraulics").size() == 2);
        assertThat(documentsFound("&tags=memo")).containsExactly(memo);
    }

    @Test
    void foldsDuplicatePassagesUnlessToldNotToAndAddsNeighboursAsContext() {
        String first = upload("warranty.md", "The warranty covers parts for two years.\n", null);
        String copy = upload("copy.txt", "the warranty covers parts -- for two years!\n", null);
        String guide = upload(
                "guide.md",
                "# Guide\n\n## Open\n\nOpen the lid.\n\n## Turn\n\nTurn the brass valve clockwise.\n\n## Close\n\nClose the lid.\n",
                null);

        JsonNode folded = search("warranty", "&mode=keyword").get("results");
        JsonNode unfolded = search("warranty", "&mode=keyword&dedup=false").get("results");
        JsonNode withContext =
                search("brass valve", "&mode=keyword&k=1&neighbours=1").get("results");

        assertThat(folded).hasSize(1);
        assertThat(folded.get(0).get("duplicates")).hasSize(1);
        assertThat(List.of(
                        folded.get(0).get("documentId").asString(),
                        folded.get(0).get("duplicates").get(0).get("documentId").asString()))
                .containsExactlyInAnyOrder(first, copy);
        assertThat(unfolded).hasSize(2);
        JsonNode hit = withContext.get(0);
        assertThat(hit.get("documentId").asString()).isEqualTo(guide);
        assertThat(hit.get("text").asString()).contains("brass valve");
        assertThat(hit.get("context"))
                .extracting(c -> c.get("text").asString())
                .containsExactly("Open the lid.", "Close the lid.");
        assertThat(hit.get("context"))
                .extracting(c -> c.get("ordinal").asInt())
                .containsExactly(
                        hit.get("ordinal").asInt() - 1, hit.get("ordinal").asInt() + 1);
        assertThat(search("brass valve", "&mode=keyword&minScore=1000").get("results"))
                .isEmpty();
    }

    @Test
    void cutsAnOverLongQueryToTheModelsLimitAndSaysSo() {
        upload("pumps.md", "The pump needs new seals every year.\n", null);
        String longQuery = "pump " + "seal ".repeat(700);

        JsonNode cut = search(longQuery.strip(), "");
        JsonNode whole = search("pump seals", "");

        assertThat(cut.get("queryTruncated").asBoolean()).isTrue();
        assertThat(cut.get("query").asString().length()).isLessThan(longQuery.length());
        assertThat(cut.get("results")).isNotEmpty();
        assertThat(whole.get("queryTruncated").asBoolean()).isFalse();
        assertThat(whole.get("query").asString()).isEqualTo("pump seals");
    }

    @Test
    void takesAnyCharactersInAQuery() {
        upload("pumps.md", "The pump needs new seals every year.\n", null);
        for (String query : List.of("title:(pump AND \"bar", "pump a & !b | :*", "pump \\\" ' \\", "pump\u0000")) {
            for (String mode : List.of("keyword", "hybrid", "vector")) {
                var response = api.get(searchPath(query, "&mode=" + mode));
                assertThat(response.status()).as(query + " in " + mode).isEqualTo(200);
                assertThat(response.json().get("results"))
                        .as(query + " in " + mode)
                        .isNotEmpty();
            }
        }
    }

    @Test
    void rejectsBadInputWithAProblemThatSaysWhatIsWrong() {
        assertProblem(api.get("/api/v1/workspaces/" + workspace + "/search"), "missing-query", "'q'");
        assertProblem(api.get(searchPath("  \u0000 ", "")), "missing-query", "'q'");
        assertProblem(api.get(searchPath("pump", "&type=wordperfect")), "invalid-filter", "not a document type");
        assertProblem(api.get(searchPath("pump", "&documentIds=42")), "invalid-filter", "not a document id");
        assertProblem(api.get(searchPath("pump", "&tags=a;b")), "invalid-filter", "not a valid tag");
        assertProblem(api.get(searchPath("pump", "&from=yesterday")), "invalid-filter", "not a date");
        assertProblem(api.get(searchPath("pump", "&from=2025-02-01&to=2025-01-01")), "invalid-filter", "is after");
        assertProblem(api.get(searchPath("pump", "&diversity=2")), "invalid-parameter", "'diversity'");
        assertProblem(api.get(searchPath("pump", "&neighbours=9")), "invalid-parameter", "'neighbours'");
        assertProblem(api.get(searchPath("pump", "&minScore=abc")), "invalid-parameter", "'minScore'");
        String document = upload("pumps.md", "The pump needs new seals every year.\n", null);
        assertProblem(
                api.patchJson("/api/v1/documents/" + document, "{\"tags\":[\"no;semicolons\"]}"),
                "invalid-tags",
                "not a valid tag");
    }

    // ---------------------------------------------------------------- helpers

    private String upload(String name, String content, String tags) {
        var response = api.uploadWithFields(
                "/api/v1/workspaces/" + workspace + "/documents",
                name,
                content.getBytes(StandardCharsets.UTF_8),
                tags == null ? List.<String[]>of() : List.<String[]>of(new String[] {"tags", tags}));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String id = response.json().get("id").asString();
        assertThat(api.awaitProcessed(id, Duration.ofSeconds(60)).get("status").asString())
                .isEqualTo("READY");
        return id;
    }

    private List<String> documentsFound(String filters) {
        List<String> ids = new ArrayList<>();
        search("pump", "&mode=keyword&dedup=false" + filters)
                .get("results")
                .forEach(r -> ids.add(r.get("documentId").asString()));
        return ids;
    }

    private JsonNode search(String query, String parameters) {
        var response = api.get(searchPath(query, parameters));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String searchPath(String query, String parameters) {
        return "/api/v1/workspaces/" + workspace + "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + parameters;
    }

    private static void assertProblem(Api.Response response, String type, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).endsWith("/" + type);
        assertThat(response.json().get("detail").asString()).contains(detail);
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 15 s").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
