package dev.lectern.retrieval.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.lectern.retrieval.SearchMode;
import dev.lectern.support.PostgresTestDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stored evaluations on PostgreSQL, with the same migration the embedded mode runs on H2. */
class EvaluationsIT {

    private static HikariDataSource dataSource;
    private static Evaluations evaluations;

    @BeforeAll
    static void migrate() {
        PostgresTestDatabase.Coordinates db = PostgresTestDatabase.scratch("retrieval_evaluations");
        dataSource = PostgresTestDatabase.migrated(db, 2);
        evaluations = new Evaluations(new JdbcTemplate(dataSource));
    }

    @AfterAll
    static void closeDataSource() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    @Test
    void storesProgressAndScoresAndListsNewestFirst() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID older = insert(now.minusSeconds(5), "process-a");
        UUID newer = insert(now, "process-a");

        assertThat(evaluations.progress(newer, Evaluation.Status.SEARCHING, 8, 3, 8, 4))
                .isTrue();
        evaluations.complete(
                newer, List.of(new RetrievalEvaluation.ModeResult(SearchMode.KEYWORD, 0.75, 0.8, 0.9, 0.7, 1.5, 3.25)));

        Evaluation done = evaluations.find(newer).orElseThrow();
        assertThat(done.status()).isEqualTo(Evaluation.Status.COMPLETED);
        assertThat(done.createdAt()).isEqualTo(now);
        assertThat(done.startedAt()).isNotNull();
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.queriesRun()).isEqualTo(4);
        assertThat(done.results())
                .containsExactly(
                        new RetrievalEvaluation.ModeResult(SearchMode.KEYWORD, 0.75, 0.8, 0.9, 0.7, 1.5, 3.25));
        // a finished evaluation takes no more progress: a late report would tell its run to stop
        assertThat(evaluations.progress(newer, Evaluation.Status.SEARCHING, 8, 3, 8, 9))
                .isFalse();
        List<UUID> listed =
                evaluations.page(0, 1000).stream().map(Evaluation::id).toList();
        assertThat(listed.indexOf(newer)).isLessThan(listed.indexOf(older));
        assertThat(evaluations.delete(newer)).isTrue();
        assertThat(evaluations.find(newer)).isEmpty();
    }

    @Test
    void findsTheUnfinishedEvaluationsOfASilentProcess() {
        UUID silent = insert(Instant.now().minusSeconds(120), "process-gone");
        UUID alive = insert(Instant.now(), "process-alive");
        Instant silentSince = Instant.now().minus(EvaluationWorker.SILENCE);

        List<UUID> abandoned = evaluations.abandoned("me", silentSince).stream()
                .map(Evaluations.Unfinished::id)
                .toList();

        assertThat(abandoned).contains(silent).doesNotContain(alive);
        evaluations.fail(silent, EvaluationWorker.INTERRUPTED);
        assertThat(evaluations.find(silent).orElseThrow().failure()).startsWith("Interrupted by restart");
        assertThat(evaluations.abandoned("me", silentSince))
                .extracting(Evaluations.Unfinished::id)
                .doesNotContain(silent);
    }

    private static UUID insert(Instant createdAt, String owner) {
        UUID id = UUID.randomUUID();
        evaluations.insert(
                new Evaluation(
                        id,
                        "e",
                        Evaluation.Status.QUEUED,
                        "pgvector",
                        List.of(SearchMode.KEYWORD),
                        "test",
                        "upload",
                        0,
                        0,
                        0,
                        0,
                        List.of(),
                        null,
                        createdAt,
                        null,
                        null),
                UUID.randomUUID(),
                owner);
        return id;
    }
}
