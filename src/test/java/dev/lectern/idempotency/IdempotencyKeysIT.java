package dev.lectern.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.lectern.support.PostgresTestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The idempotency key store on PostgreSQL: one claim per caller and key, stored responses, expiry. */
class IdempotencyKeysIT {

    private static HikariDataSource dataSource;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void migrate() {
        dataSource = PostgresTestDatabase.migrated(PostgresTestDatabase.scratch("idempotency_keys"), 2);
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterAll
    static void closeDataSource() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    @Test
    void aKeyIsClaimedOnceThenAnswersWithTheStoredResponse() {
        var keys = new IdempotencyKeys(jdbc, new IdempotencySettings(Duration.ofHours(24)));

        assertThat(keys.claim("ann", "k1", "f1")).isEmpty();
        assertThat(keys.claim("bob", "k1", "f2")).as("another caller's key").isEmpty();
        assertThat(keys.claim("ann", "k1", "f1"))
                .hasValueSatisfying(
                        s -> assertThat(s.status()).as("still running").isNull());
        keys.complete("ann", "k1", 202, "application/json", "{\"id\":1}");

        assertThat(keys.claim("ann", "k1", "f1"))
                .hasValue(new IdempotencyKeys.Stored("f1", 202, "application/json", "{\"id\":1}"));
        keys.release("bob", "k1");
        assertThat(keys.claim("bob", "k1", "f3"))
                .as("released after a server error")
                .isEmpty();
    }

    @Test
    void keysOlderThanTheRetentionAreForgotten() throws InterruptedException {
        var keys = new IdempotencyKeys(jdbc, new IdempotencySettings(Duration.ofMillis(200)));
        keys.claim("cy", "old", "f1");
        keys.complete("cy", "old", 200, "application/json", "{}");

        Thread.sleep(300);

        assertThat(keys.claim("cy", "old", "f2")).isEmpty();
    }
}
