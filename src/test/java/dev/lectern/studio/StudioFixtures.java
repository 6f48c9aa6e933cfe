package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.documents.DocumentId;
import dev.lectern.ingestion.parsing.Location;
import dev.lectern.retrieval.ChunkMatch;
import dev.lectern.support.Api;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Numbered sources made from plain passages, for tests that need no index. */
final class StudioFixtures {

    private StudioFixtures() {}

    static List<Source> sources(String... passages) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < passages.length; i++) {
            var chunk = new ChunkMatch(
                    UUID.randomUUID(),
                    new DocumentId(UUID.randomUUID()),
                    "doc" + (i + 1) + ".pdf",
                    i,
                    passages[i],
                    "Policies > Refunds",
                    0,
                    passages[i].length(),
                    Location.page(i + 2),
                    1.0);
            sources.add(new Source(i + 1, chunk));
        }
        return sources;
    }

    /** Uploads a text file to the workspace and waits until it is searchable. */
    static String uploadReady(Api api, String workspace, String name, String content) {
        Api.Response response = api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                name,
                content.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String id = response.json().get("id").asString();
        assertThat(api.awaitProcessed(id, Duration.ofSeconds(60)).get("status").asString())
                .isEqualTo("READY");
        return id;
    }

    static StudioSettings settings() {
        return new StudioSettings(5, 0.5, 3, 2000, 400, 300, 6000, 400, 0.6, 0.3);
    }
}
