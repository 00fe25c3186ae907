package org.oncoev.pipeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth), dropped on close.
 * Override the server with {@code -Doncoev.test.pg=jdbc:postgresql://host:port}. Tests skip when no server answers.
 */
public final class TestDatabase implements AutoCloseable {
    private static final String SERVER = System.getProperty("oncoev.test.pg", "jdbc:postgresql://127.0.0.1:5432");
    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    public static TestDatabase create() {
        String name = "oncoev_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            Assumptions.abort("no PostgreSQL at " + SERVER + ": " + e.getMessage());
        }
        return new TestDatabase(name);
    }

    /**
     * A new database made from this one as a template: the same rows, ids and sequences. This one must have no open
     * connections; a server that is still ending a closed session is waited for (a bounded loop, up to 10 s).
     */
    public TestDatabase copy() throws SQLException, InterruptedException {
        String copy = "oncoev_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        for (int attempt = 0; ; attempt++) {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + copy + " TEMPLATE " + name);
                return new TestDatabase(copy);
            } catch (SQLException e) {
                if (attempt >= 50 || !String.valueOf(e.getMessage()).contains("being accessed by other users")) throw e;
                Thread.sleep(200);
            }
        }
    }

    /** JDBC URL of this database, with the user in it. */
    public String url() {
        return SERVER + "/" + name + "?user=postgres";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static Connection admin() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(SERVER + "/postgres", p);
    }
}
