package org.oncoev.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.pipeline.cli.OncoevException;

/**
 * A throwaway database for the bench on a configured PostgreSQL server: {@link #create(String)} makes
 * {@code oncoev_bench_<random>} next to the database named in the JDBC URL and returns a handle whose
 * {@link #url()} points at it; {@link #close()} drops it. With no server URL the bench uses the embedded
 * PostgreSQL under a temporary home instead (no handle needed).
 */
public final class BenchDatabase implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");

    private final String serverUrl;
    private final String name;
    private final String url;

    private BenchDatabase(String serverUrl, String name, String url) {
        this.serverUrl = serverUrl;
        this.name = name;
        this.url = url;
    }

    /** Creates a fresh database on the server of {@code jdbcUrl}. */
    public static BenchDatabase create(String jdbcUrl) {
        Matcher m = URL.matcher(jdbcUrl);
        if (!m.matches()) throw new OncoevException("bench: not a PostgreSQL JDBC URL: " + jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***"));
        String name = "oncoev_bench_" + Long.toHexString(System.nanoTime());
        String query = m.group(3) == null ? "" : m.group(3);
        BenchDatabase db = new BenchDatabase(jdbcUrl, name, m.group(1) + name + query);
        db.execute("CREATE DATABASE " + name);
        return db;
    }

    /** The JDBC URL of the throwaway database (same server, user and parameters). */
    public String url() {
        return url;
    }

    /** Drops the database (closing any connection left to it). */
    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) {
        Properties info = new Properties();
        if (!serverUrl.contains("user=")) info.setProperty("user", "postgres");
        try (Connection c = DriverManager.getConnection(serverUrl, info); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new OncoevException("bench: " + sql + " failed: " + e.getMessage(), e);
        }
    }
}
