package dev.lectern.usage;

import com.zaxxer.hikari.HikariDataSource;
import dev.lectern.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.springframework.jdbc.core.JdbcTemplate;

/** The usage queries on PostgreSQL, as in the server mode. */
class UsageLogPostgresIT extends UsageLogContract {

    private static HikariDataSource dataSource;

    @Override
    JdbcTemplate jdbc() {
        if (dataSource == null) {
            dataSource = PostgresTestDatabase.migrated(PostgresTestDatabase.scratch("usage_log"), 2);
        }
        return new JdbcTemplate(dataSource);
    }

    @AfterAll
    static void close() {
        if (dataSource != null) {
            dataSource.close();
        }
    }
}
