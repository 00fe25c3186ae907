package org.oncoev.pipeline.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.oncoev.pipeline.cli.OncoevException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The database for a command that only reads ({@code status}, {@code runs}, {@code export}, {@code evaluate}),
 * opened without Spring Boot: one JDBC connection to {@code --db-url} or to the embedded PostgreSQL under
 * {@code <home>/pg} (started, or attached to when another oncoev process runs it, as {@link EmbeddedDatabase}
 * does), wrapped in a {@link JdbcTemplate}. Skipping the application context (auto-configuration, the connection
 * pool, Spring Batch, Flyway's start, the web and metrics beans) is what lets these commands answer in about a
 * second. A schema older than the class path's migrations (or none, in a new home) is migrated first with Flyway,
 * as the full context would. Single-threaded: the template shares its one connection. Close it (try-with-resources)
 * to close the connection and stop an embedded server this process started.
 */
public final class ReadOnlyDatabase implements AutoCloseable {
    private final Connection connection;
    private final EmbeddedDatabase embedded; // null for --db-url
    private final JdbcTemplate jdbc;

    private ReadOnlyDatabase(Connection connection, EmbeddedDatabase embedded) {
        this.connection = connection;
        this.embedded = embedded;
        this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    }

    /**
     * Connects to {@code dbUrl} (user {@code $ONCOEV_DB_USER}, else {@code postgres}, unless the URL names one), or
     * when it is null to the embedded server under {@code home}. Failures are one-line {@link OncoevException}s.
     */
    public static ReadOnlyDatabase open(String dbUrl, Path home) {
        EmbeddedDatabase embedded = null;
        String url = dbUrl;
        String user;
        if (url == null || url.isBlank()) {
            embedded = EmbeddedDatabase.start(home.resolve("pg"));
            url = embedded.jdbcUrl();
            user = DatabaseInitializer.DEFAULT_USER;
        } else {
            String env = System.getenv("ONCOEV_DB_USER");
            user = url.contains("user=") ? null : env == null || env.isBlank() ? DatabaseInitializer.DEFAULT_USER : env;
        }
        Connection connection = null;
        try {
            connection = DatabaseInitializer.connect(DatabaseInitializer.withConnectTimeout(url), user);
            if (!SchemaCurrency.isCurrent(connection)) migrate(connection);
            return new ReadOnlyDatabase(connection, embedded);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            if (embedded != null) embedded.close();
            throw e;
        }
    }

    /** Brings an older or empty schema to the class path's latest migration, as the full context's Flyway does. */
    private static void migrate(Connection connection) {
        try {
            Flyway.configure().dataSource(new SingleConnectionDataSource(connection, true))
                    .locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            throw new OncoevException("cannot migrate the database schema: "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip(), e);
        }
    }

    /** A template over this database's one connection (auto-commit, so each statement sees committed data). */
    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Whether this process attached to the embedded server another oncoev process runs (false for --db-url). */
    public boolean attached() {
        return embedded != null && embedded.attached();
    }

    /** Closes the connection, then stops the embedded server if this process started it. */
    @Override
    public void close() {
        closeQuietly(connection);
        if (embedded != null) embedded.close();
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) return;
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the server drops the session with the socket anyway
        }
    }
}
