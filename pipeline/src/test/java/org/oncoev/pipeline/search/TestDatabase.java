package org.oncoev.pipeline.search;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the PostgreSQL server at 127.0.0.1:5432 (user postgres, trust auth) for one test class;
 * {@link #create} aborts the test (Assumptions) when the server is not reachable, {@link #drop} removes it.
 */
public final class TestDatabase {
    public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private TestDatabase() {}

    /** Creates {@code oncoev_test_<prefix>_<random>} and returns its name. */
    public static String create(String prefix) {
        String name = "oncoev_test_" + prefix + "_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL not reachable at " + SERVER + ": " + e.getMessage());
        }
        return name;
    }

    /** The JDBC URL of database {@code name}. */
    public static String url(String name) {
        return SERVER + name + "?user=postgres";
    }

    /** Drops {@code name} (no-op for null), closing its remaining connections. */
    public static void drop(String name) throws SQLException {
        if (name == null) return;
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
