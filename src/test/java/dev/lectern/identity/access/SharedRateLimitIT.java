package dev.lectern.identity.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.lectern.support.PostgresTestDatabase;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two replicas on one PostgreSQL database share a caller's per-minute limit through their synced counts. */
class SharedRateLimitIT {

    private static final int LIMIT = 10;
    private static final long MINUTE = 60_000;

    private static HikariDataSource dataSource;
    private static JdbcTemplate jdbc;

    private final AtomicLong wallClock = new AtomicLong(1_000 * MINUTE + 5_000); // 5 s into a window
    private final AtomicLong nanos = new AtomicLong();

    @BeforeAll
    static void migrate() {
        dataSource = PostgresTestDatabase.migrated(PostgresTestDatabase.scratch("pull_rate_limit"), 2);
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterAll
    static void closeDataSource() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    @Test
    void aCallerSpreadOverTwoReplicasGetsTheLimitOnceNotTwice() {
        SharedRateLimiter first = replica();
        SharedRateLimiter second = replica();

        int admitted = 0;
        for (int i = 0; i < 6; i++) {
            admitted += first.acquire("key:ci") == 0 ? 1 : 0;
        }
        first.sync();
        second.sync(); // learns nothing yet: it has not seen the caller
        for (int i = 0; i < 6; i++) {
            admitted += second.acquire("key:ci") == 0 ? 1 : 0;
        }
        second.sync();
        first.sync();

        assertThat(admitted)
                .as("before the second replica knew the first one's count")
                .isEqualTo(12);
        assertThat(second.acquire("key:ci")).as("seconds to the next window").isEqualTo(55);
        assertThat(first.acquire("key:ci")).isEqualTo(55);
        assertThat(first.acquire("key:other")).as("another caller").isZero();
        assertThat(jdbc.queryForObject("select hits from rate_limit_windows where caller = 'key:ci'", Long.class))
                .isEqualTo(12);
    }

    @Test
    void aReplicaThatLearnedTheTotalRefusesBeforeItsOwnBucketIsEmpty() {
        SharedRateLimiter first = replica();
        SharedRateLimiter second = replica();
        second.acquire("user:ann");
        second.sync(); // the second replica now knows the caller

        for (int i = 0; i < 8; i++) {
            assertThat(first.acquire("user:ann")).isZero();
        }
        first.sync();
        second.sync();

        assertThat(second.acquire("user:ann")).as("9 of 10 used: one more").isZero();
        assertThat(second.acquire("user:ann"))
                .as("the limit, though this replica admitted only 2")
                .isPositive();
    }

    @Test
    void theNextMinuteStartsAfreshAndOldWindowsAreForgotten() {
        SharedRateLimiter replica = replica();
        for (int i = 0; i < LIMIT; i++) {
            replica.acquire("user:bob");
        }
        replica.sync();
        assertThat(replica.acquire("user:bob")).isPositive();

        wallClock.addAndGet(MINUTE);
        nanos.addAndGet(MINUTE * 1_000_000); // the local bucket refills in the same minute
        replica.sync();

        assertThat(replica.acquire("user:bob")).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from rate_limit_windows where caller = 'user:bob' and window_start < ?",
                        Long.class,
                        wallClock.get() - wallClock.get() % MINUTE))
                .isZero();
    }

    @Test
    void syncsOnItsOwnEveryInterval() throws InterruptedException {
        try (SharedRateLimiter replica = replica().syncEvery(Duration.ofMillis(50))) {
            replica.acquire("key:scheduled");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (hits("key:scheduled") == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }

        assertThat(hits("key:scheduled")).isEqualTo(1);
    }

    private static long hits(String caller) {
        return jdbc.queryForObject(
                "select coalesce(sum(hits), 0) from rate_limit_windows where caller = ?", Long.class, caller);
    }

    private SharedRateLimiter replica() {
        return new SharedRateLimiter(
                new RateLimiter(LIMIT, nanos::get), new RequestCounts(jdbc), LIMIT, wallClock::get);
    }
}
