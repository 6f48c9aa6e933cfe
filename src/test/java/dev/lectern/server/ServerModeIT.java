package dev.lectern.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.pgvector.PgVectorChunkIndex;
import dev.lectern.support.Api;
import dev.lectern.support.Api.Response;
import dev.lectern.support.ApiTest;
import dev.lectern.support.PostgresTestDatabase;
import dev.lectern.support.SampleDocuments;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The whole flow in server mode: PostgreSQL for records and events, pgvector for chunks. */
@TestPropertySource(properties = "lectern.generation.model=../shared/models/stories260K.gguf")
@ActiveProfiles("postgres")
class ServerModeIT extends ApiTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Autowired
    ChunkIndex index;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void usesPostgresAndPgvector() {
        assertThat(index).isInstanceOf(PgVectorChunkIndex.class);
        String product = jdbc.queryForObject("select version()", String.class);
        assertThat(product).startsWith("PostgreSQL");
    }

    @Test
    void markdownBecomesReadyAndIsFoundFirstThroughPgvector() {
        String workspace = api.createWorkspace("Server " + UUID.randomUUID());
        Response uploaded = api.upload(
                "/api/v1/workspaces/" + workspace + "/documents",
                "file",
                "handbook.md",
                SampleDocuments.HANDBOOK.getBytes(StandardCharsets.UTF_8));
        String id = uploaded.json().get("id").asString();

        JsonNode document = api.awaitProcessed(id, Duration.ofSeconds(60));
        assertThat(document.get("status").asString()).isEqualTo("READY");
        Integer rows = jdbc.queryForObject(
                "select count(*) from retrieval_chunks where document_id = ?", Integer.class, UUID.fromString(id));
        assertThat(rows).isEqualTo(document.get("chunkCount").asInt());

        JsonNode first = api.get("/api/v1/workspaces/" + workspace + "/search?q=purple%20titanium%20keyboard")
                .json()
                .get("results")
                .get(0);
        assertThat(first.get("documentId").asString()).isEqualTo(id);
        assertThat(first.get("text").asString()).contains("purple titanium keyboard");
    }

    @Test
    void generatesAndStreamsWithTheInProcessModel() throws InterruptedException {
        Response whole = awaitGeneration(api);
        assertThat(whole.json().get("text").asString()).isNotBlank();

        Response stream = api.postJson(
                "/api/v1/generate", "{\"prompt\":\"Once upon a time\",\"maxTokens\":10}", "text/event-stream");
        assertThat(stream.body()).contains("event:token").contains("event:done");
    }

    /** The model loads in the background; a 503 with Retry-After is the documented answer meanwhile. */
    private static Response awaitGeneration(Api api) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Response response = api.postJson("/api/v1/generate", "{\"prompt\":\"Once upon a time\",\"maxTokens\":20}");
            if (response.status() != 503 || System.nanoTime() > deadline) {
                assertThat(response.status()).isEqualTo(200);
                return response;
            }
            assertThat(response.header("Retry-After")).isNotNull();
            Thread.sleep(100);
        }
    }
}
