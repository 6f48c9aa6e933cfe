package dev.lectern.ingestion.jobs;

import com.zaxxer.hikari.HikariDataSource;
import dev.lectern.support.PostgresTestDatabase;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The job queue on PostgreSQL, where replicas of the server share it. */
class PostgresIngestionJobsIT extends IngestionJobsContract {

    static HikariDataSource postgres;

    @BeforeAll
    static void database() {
        var db = PostgresTestDatabase.scratch("jobs_it");
        postgres = new HikariDataSource();
        postgres.setJdbcUrl(db.url());
        postgres.setUsername(db.username());
        postgres.setPassword(db.password());
        postgres.setMaximumPoolSize(8);
        Flyway.configure()
                .dataSource(postgres)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .load()
                .migrate();
    }

    @AfterAll
    static void close() {
        postgres.close();
    }

    @Override
    DataSource dataSource() {
        return postgres;
    }
}
