package dev.lectern.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.lectern.support.PostgresTestDatabase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The studio's stores on PostgreSQL, with the same common migrations the embedded mode runs on H2. */
class StudioStoresIT {

    private static HikariDataSource dataSource;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void migrate() {
        PostgresTestDatabase.Coordinates db = PostgresTestDatabase.scratch("studio_stores");
        dataSource = PostgresTestDatabase.migrated(db, 2);
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterAll
    static void closeDataSource() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    @Test
    void conversationsKeepTheirExchangesInOrderAndDeleteWithThem() {
        var conversations = new Conversations(jdbc);
        UUID workspace = UUID.randomUUID();
        Conversation started = conversations.start(workspace, "  How fast\n are refunds?  ");
        conversations.append(started.id(), "How fast are refunds?", "14 days [1].", "{\"answered\":true}");
        conversations.append(started.id(), "And how?", "By transfer [1].", "{}");

        assertThat(started.title()).isEqualTo("How fast are refunds?");
        assertThat(conversations.inWorkspace(workspace, new dev.lectern.shared.Paging(0, 50)))
                .extracting(Conversation::id)
                .containsExactly(started.id());
        assertThat(conversations.lastExchanges(started.id(), 1))
                .containsExactly(new Exchange("And how?", "By transfer [1]."));
        assertThat(conversations.messages(started.id()))
                .extracting(ConversationMessage::role)
                .containsExactly("user", "assistant", "user", "assistant");
        assertThat(conversations.delete(started.id())).isTrue();
        assertThat(conversations.messages(started.id())).isEmpty();
    }

    @Test
    void reportsKeepEveryVersionAndPromptsAndBrandVoicesTheirLatest() {
        var reports = new Reports(jdbc, JsonMapper.builder().build(), event -> {});
        var sources = StudioFixtures.sources("Refunds take 14 days.");
        var section = new ReportSection(
                "Scope",
                "q",
                "i",
                "Refunds take 14 days [1].",
                List.of(new CitedSentence("Refunds take 14 days [1].", List.of(1))),
                List.of(Citation.of(sources.getFirst())));
        Report first = reports.create(UUID.randomUUID(), "policy-digest", "Digest", List.of(section));
        reports.addVersion(
                first, List.of(new ReportSection("Scope", "q", "i", "Edited.", List.of(), section.sources())));

        assertThat(reports.versions(first.id())).containsExactly(1, 2);
        assertThat(reports.require(first.id(), null).sections().getFirst().text())
                .isEqualTo("Edited.");
        Report original = reports.require(first.id(), 1);
        assertThat(original.sections().getFirst().cited())
                .extracting(Citation::chunkId)
                .containsExactly(sources.getFirst().chunk().chunkId());
        assertThat(original.sections()
                        .getFirst()
                        .sources()
                        .getFirst()
                        .location()
                        .number())
                .isEqualTo(2);

        var prompts = new PromptVersions(jdbc);
        UUID workspace = UUID.randomUUID();
        prompts.add(workspace, "answer-system", "one {{refusal}}");
        assertThat(prompts.add(workspace, "answer-system", "two {{refusal}}")).isEqualTo(2);
        assertThat(prompts.all(workspace))
                .extracting(PromptVersion::body)
                .containsExactly("one {{refusal}}", "two {{refusal}}");
        var voices = new BrandVoices(jdbc);
        voices.save(workspace, "Warm.");
        voices.save(workspace, "Plain.");
        assertThat(voices.find(workspace)).contains("Plain.");
    }
}
