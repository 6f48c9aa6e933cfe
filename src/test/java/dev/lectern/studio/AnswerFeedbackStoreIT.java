package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.lectern.support.PostgresTestDatabase;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Answer feedback on PostgreSQL, with the same common migration the embedded mode runs on H2. */
class AnswerFeedbackStoreIT {

    private static HikariDataSource dataSource;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void migrate() {
        dataSource = PostgresTestDatabase.migrated(PostgresTestDatabase.scratch("answer_feedback"), 2);
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterAll
    static void closeDataSource() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    @Test
    void keepsTheLatestRatingPerAnswerAndDropsItWithTheConversation() {
        var conversations = new Conversations(jdbc);
        var feedback = new AnswerFeedback(jdbc, conversations);
        Conversation conversation = conversations.start(UUID.randomUUID(), "Refunds?");
        conversations.append(conversation.id(), "Refunds?", "14 days [1].", "{}");
        conversations.append(conversation.id(), "How?", "By transfer [1].", "{}");

        feedback.rate(conversation.id(), 1, AnswerFeedback.Rating.DOWN, "Vague");
        feedback.rate(conversation.id(), 1, AnswerFeedback.Rating.UP, null);

        assertThat(feedback.of(conversation.id())).singleElement().satisfies(entry -> {
            assertThat(entry.answer()).isEqualTo(1);
            assertThat(entry.rating()).isEqualTo(AnswerFeedback.Rating.UP);
            assertThat(entry.comment()).isNull();
        });
        conversations.delete(conversation.id());
        assertThat(jdbc.queryForObject("select count(*) from studio_answer_feedback", Integer.class))
                .isZero();
    }
}
