package dev.lectern.ingestion.jobs;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;

/** The job queue on H2, the embedded mode's database, in the same SQL dialect settings. */
class H2IngestionJobsTests extends IngestionJobsContract {

    static JdbcDataSource h2;

    @BeforeAll
    static void database() {
        h2 = new JdbcDataSource();
        h2.setURL(
                "jdbc:h2:mem:jobs;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/migration/common")
                .load()
                .migrate();
    }

    @Override
    DataSource dataSource() {
        return h2;
    }
}
