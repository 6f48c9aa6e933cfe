package dev.lectern.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The PostgreSQL server with pgvector that the {@code *IT} tests run against, found in this order:
 *
 * <ol>
 *   <li>{@code LECTERN_TEST_DB_URL} (with {@code _USER} and {@code _PASSWORD}) when set;
 *   <li>a Testcontainers pgvector container when a Docker engine is running;
 *   <li>the local server that {@code db/provision-postgres.sh} installs and starts (the build runs it before
 *       the integration tests).
 * </ol>
 *
 * <p>It never skips: when no server is reachable the tests fail with a message that says how to get one.
 */
public final class PostgresTestDatabase {

    public record Coordinates(String url, String username, String password) {}

    private static Coordinates coordinates;

    /** Scratch databases this test run has made. */
    private static final java.util.Set<String> CREATED = new java.util.HashSet<>();

    private PostgresTestDatabase() {}

    public static synchronized Coordinates coordinates() {
        if (coordinates == null) {
            coordinates = locate();
            verify(coordinates);
        }
        return coordinates;
    }

    /**
     * A database of its own on the same server, created on first use, for tests that must not share tables
     * with running application contexts (whose workers would take their jobs).
     */
    public static synchronized Coordinates scratch(String name) {
        Coordinates main = coordinates();
        String database = "lectern_" + name;
        try (java.sql.Connection c = DriverManager.getConnection(main.url(), main.username(), main.password());
                var statement = c.createStatement()) {
            // new for each test run: a database left by a run of other code may hold migrations this code lacks
            if (CREATED.add(database)) {
                statement.execute("drop database if exists " + database + " with (force)");
            }
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the scratch database " + database, e);
        }
        String url = main.url().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        return new Coordinates(url, main.username(), main.password());
    }

    /**
     * A database of its own kept across runs (created if missing, never dropped), for a benchmark that measures
     * queries again on data whose load took minutes.
     */
    public static synchronized Coordinates kept(String name) {
        CREATED.add("lectern_" + name);
        return scratch(name);
    }

    /** A scratch database dropped and created anew, for tests that watch the schema being migrated. */
    public static synchronized Coordinates fresh(String name) {
        CREATED.remove("lectern_" + name);
        return scratch(name);
    }

    /** The command-line settings that put a Lectern process into server mode on this database. */
    public static java.util.List<String> serverModeArguments(Coordinates db) {
        return java.util.List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password());
    }

    /** A connection pool on the database with every server-mode migration applied; the caller closes it. */
    public static com.zaxxer.hikari.HikariDataSource migrated(Coordinates db, int poolSize) {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(db.url());
        config.setUsername(db.username());
        config.setPassword(db.password());
        config.setMaximumPoolSize(poolSize);
        com.zaxxer.hikari.HikariDataSource dataSource = new com.zaxxer.hikari.HikariDataSource(config);
        org.flywaydb.core.Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .load()
                .migrate();
        return dataSource;
    }

    /** Points a Spring test context at the database in server mode. */
    public static void register(DynamicPropertyRegistry registry) {
        Coordinates db = coordinates();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
    }

    private static Coordinates locate() {
        String url = System.getenv("LECTERN_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Coordinates(
                    url, env("LECTERN_TEST_DB_USER", "lectern"), env("LECTERN_TEST_DB_PASSWORD", "lectern"));
        }
        if (dockerAvailable()) {
            var container = new PostgreSQLContainer(
                    DockerImageName.parse("pgvector/pgvector:pg17").asCompatibleSubstituteFor("postgres"));
            container.start(); // stopped by Testcontainers' reaper when the JVM exits
            return new Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        return new Coordinates("jdbc:postgresql://localhost:5432/lectern", "lectern", "lectern");
    }

    private static boolean dockerAvailable() {
        // asking Testcontainers costs seconds of probing when there is plainly no engine
        boolean engineInSight = System.getenv("DOCKER_HOST") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
        if (!engineInSight) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void verify(Coordinates db) {
        try (java.sql.Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            try (var statement = c.createStatement();
                    var result = statement.executeQuery(
                            "select count(*) from pg_available_extensions where name = 'vector'")) {
                result.next();
                if (result.getInt(1) == 0) {
                    throw new IllegalStateException("PostgreSQL at " + db.url() + " has no pgvector extension."
                            + " Run db/provision-postgres.sh to build and install it.");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "No PostgreSQL reachable at " + db.url() + " (" + e.getMessage() + "). Run"
                            + " db/provision-postgres.sh, start Docker, or set LECTERN_TEST_DB_URL.",
                    e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
