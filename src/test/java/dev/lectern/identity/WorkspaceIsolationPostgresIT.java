package dev.lectern.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.pgvector.PgVectorChunkIndex;
import dev.lectern.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same isolation proofs in server mode, where the chunks live in pgvector instead of Lucene. */
@ActiveProfiles("postgres")
class WorkspaceIsolationPostgresIT extends WorkspaceIsolationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.Coordinates db = PostgresTestDatabase.scratch("isolation");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
    }

    @Autowired
    ChunkIndex index;

    @Test
    void searchesRunOnPgvector() {
        assertThat(index).isInstanceOf(PgVectorChunkIndex.class);
    }
}
