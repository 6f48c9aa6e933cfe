package dev.lectern.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The three search modes through the API, with the score of each stage on every result. */
class SearchModesTests extends ApiTest {

    static final String CATALOGUE = """
            # Spare parts

            ## Pumps

            The circulation pump keeps water moving through the heating loop of the building.

            ## Valves

            Valve kit QX-88417 fits every radiator installed before 2015.

            ## Filters

            Replace the intake filter every spring to keep the air clean.
            """;

    String workspace;

    @BeforeEach
    void catalogue() {
        workspace = api.createWorkspace("Parts");
        String id = api.upload(
                        "/api/v1/workspaces/" + workspace + "/documents",
                        "file",
                        "catalogue.md",
                        CATALOGUE.getBytes(StandardCharsets.UTF_8))
                .json()
                .get("id")
                .asString();
        assertThat(api.awaitProcessed(id, Duration.ofSeconds(60)).get("status").asString())
                .isEqualTo("READY");
    }

    @Test
    void findsAnExactPartNumberByKeywordAndInHybridMode() {
        for (String mode : new String[] {"keyword", "hybrid", "HYBRID"}) {
            JsonNode first = search("QX-88417", mode).get(0);
            assertThat(first.get("text").asString()).as(mode).contains("QX-88417");
            assertThat(first.get("scores").get("keyword").asDouble()).as(mode).isPositive();
        }
    }

    @Test
    void findsByMeaningInVectorModeWithoutSharedWords() {
        JsonNode first = search("keeping indoor air fresh", "vector").get(0);

        assertThat(first.get("text").asString()).contains("intake filter");
        assertThat(first.get("scores").get("vector").asDouble()).isPositive();
        assertThat(first.get("scores").get("keyword").isNull()).isTrue();
    }

    @Test
    void hybridIsTheDefaultAndCarriesBothScores() {
        JsonNode first = search("circulation pump heating", null).get(0);

        assertThat(first.get("text").asString()).contains("circulation pump");
        assertThat(first.get("scores").get("vector").asDouble()).isPositive();
        assertThat(first.get("scores").get("keyword").asDouble()).isPositive();
    }

    @Test
    void rejectsAnUnknownMode() {
        var response = api.get("/api/v1/workspaces/" + workspace + "/search?q=pump&mode=psychic");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).endsWith("/invalid-parameter");
    }

    private JsonNode search(String query, String mode) {
        String path = "/api/v1/workspaces/" + workspace + "/search?k=3&q=" + query.replace(' ', '+')
                + (mode == null ? "" : "&mode=" + mode);
        return api.get(path).json().get("results");
    }
}
