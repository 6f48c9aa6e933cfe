package dev.lectern.usage;

import com.zaxxer.hikari.HikariDataSource;
import dev.lectern.support.PostgresTestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast usage is written in batches and how long the report queries take over many calls, on H2 (a file, as
 * in the embedded mode) and PostgreSQL. Prints a table; the argument is the number of calls (default 300000).
 */
public final class UsageBenchmark {

    private static final int BATCH = 1000;
    private static final LocalDate LAST = LocalDate.of(2026, 3, 31);

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        System.out.printf("| database | calls | written/s | day report ms | user report ms | route report ms |%n");
        System.out.printf("|---|---|---|---|---|---|%n");
        var h2Folder = java.nio.file.Files.createTempDirectory("usage-bench-");
        // a pool, as in the application: H2 opens a file database slowly
        var config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + h2Folder.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        config.setUsername("sa");
        config.setMaximumPoolSize(2);
        var h2 = new HikariDataSource(config);
        Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/migration/common")
                .load()
                .migrate();
        run("H2 (file)", new JdbcTemplate(h2), calls);
        h2.close();
        try (HikariDataSource pg = PostgresTestDatabase.migrated(PostgresTestDatabase.fresh("usage_bench"), 2)) {
            run("PostgreSQL", new JdbcTemplate(pg), calls);
        }
    }

    private static void run(String name, JdbcTemplate jdbc, int calls) {
        UsageLog log = new UsageLog(jdbc);
        Random random = new Random(7);
        List<UUID> workspaces = ids(20);
        List<UUID> keys = ids(30);
        String[] routes = {
            "POST /api/v1/workspaces/{workspaceId}/answers",
            "GET /api/v1/workspaces/{workspaceId}/search",
            "POST /v1/chat/completions",
            "GET /api/v1/documents/{id}"
        };
        long started = System.nanoTime();
        List<ApiCall> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < calls; i++) {
            Instant at = LAST.minusDays(random.nextInt(30))
                    .atStartOfDay()
                    .toInstant(ZoneOffset.UTC)
                    .plusSeconds(random.nextInt(86_400));
            batch.add(new ApiCall(
                    at,
                    "user-" + random.nextInt(50),
                    keys.get(random.nextInt(keys.size())),
                    workspaces.get(random.nextInt(workspaces.size())),
                    null,
                    routes[random.nextInt(routes.length)],
                    random.nextInt(100) < 3 ? 500 : 200,
                    20 + random.nextInt(2000),
                    random.nextInt(1500),
                    random.nextInt(300)));
            if (batch.size() == BATCH) {
                log.append(batch);
                batch.clear();
            }
        }
        log.append(batch);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "| %s | %d | %.0f | %d | %d | %d |%n",
                name,
                calls,
                calls / seconds,
                median(log, Grouping.DAY),
                median(log, Grouping.USER),
                median(log, Grouping.ROUTE));
    }

    /**
     * Median of three runs of the report over all 30 days, after one to warm up. Each run follows a new call, as
     * in the application, where calls keep coming: H2 would otherwise answer from its cache of the last result.
     */
    private static long median(UsageLog log, Grouping grouping) {
        var query = new UsageQuery(LAST.minusDays(29), LAST, grouping, null, null);
        log.summarize(query);
        long[] times = new long[3];
        for (int i = 0; i < times.length; i++) {
            log.append(List.of(new ApiCall(
                    LAST.atStartOfDay().toInstant(ZoneOffset.UTC),
                    "late",
                    null,
                    null,
                    null,
                    "GET /v1/models",
                    200,
                    5,
                    0,
                    0)));
            long started = System.nanoTime();
            log.summarize(query);
            times[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(times);
        return times[1];
    }

    private static List<UUID> ids(int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }
}
