package dev.lectern.usage;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The usage queries on H2, as in the embedded mode. */
class UsageLogTests extends UsageLogContract {

    private static final JdbcTemplate JDBC = h2();

    @Override
    JdbcTemplate jdbc() {
        return JDBC;
    }

    private static JdbcTemplate h2() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:usage-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common")
                .load()
                .migrate();
        return new JdbcTemplate(dataSource);
    }
}
