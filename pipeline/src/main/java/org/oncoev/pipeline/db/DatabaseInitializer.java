package org.oncoev.pipeline.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.oncoev.pipeline.cli.OncoevException;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points {@code spring.datasource.*} at the database before any bean is created: the server named by
 * {@code oncoev.db-url} (checked with one connection, so a server that is down fails fast with one line),
 * or an embedded PostgreSQL under {@code <oncoev.home>/pg}, which is stopped when the context closes. Commands
 * that only read use {@link ReadOnlyDatabase} instead of a context.
 */
public final class DatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    static final String DEFAULT_USER = "postgres";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (env.getProperty("spring.datasource.url") != null) return;
        String url = env.getProperty("oncoev.db-url");
        Map<String, Object> props = new HashMap<>();
        if (url == null || url.isBlank()) {
            Path home = Path.of(env.getProperty("oncoev.home", "data"));
            EmbeddedDatabase embedded = EmbeddedDatabase.start(home.resolve("pg"));
            if (context.getBeanFactory() instanceof DefaultListableBeanFactory factory) {
                // registered first, so destroyed last: after the connection pool has closed
                factory.registerDisposableBean("oncoevEmbeddedPostgres", embedded::close);
            }
            url = embedded.jdbcUrl();
            props.put("spring.datasource.username", DEFAULT_USER);
        } else {
            String user = url.contains("user=") ? null : env.getProperty("oncoev.db-user", DEFAULT_USER);
            if (user != null) props.put("spring.datasource.username", user);
            checkReachable(url, user);
        }
        props.put("spring.datasource.url", withConnectTimeout(withBatchedInserts(url)));
        env.getPropertySources().addFirst(new MapPropertySource("oncoevDatabase", props));
    }

    /** The URL with {@code reWriteBatchedInserts=true} (multi-row INSERTs for JDBC batches) unless it sets it. */
    static String withBatchedInserts(String url) {
        if (url.toLowerCase(java.util.Locale.ROOT).contains("rewritebatchedinserts=")) return url;
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    /**
     * The URL with a 5 s {@code connectTimeout} unless it sets one: a server that stopped answering (not refusing)
     * costs a pool attempt seconds, not the driver's default 10 s.
     */
    static String withConnectTimeout(String url) {
        if (url.toLowerCase(java.util.Locale.ROOT).contains("connecttimeout=")) return url;
        return url + (url.contains("?") ? "&" : "?") + "connectTimeout=5";
    }

    /** Opens and closes one connection; a failure becomes a one-line {@link OncoevException}. */
    static void checkReachable(String url, String user) {
        try (Connection ignored = connect(url, user)) {
            // reachable
        } catch (SQLException e) {
            // closing failed: it was reachable
        }
    }

    /**
     * One connection to {@code url} as {@code user} (null: the URL names it), giving up after 15 s unless the URL
     * sets a shorter {@code connectTimeout}; a failure becomes a one-line {@link OncoevException}.
     */
    static Connection connect(String url, String user) {
        Properties info = new Properties();
        if (user != null) info.setProperty("user", user);
        info.setProperty("connectTimeout", "15");
        info.setProperty("loginTimeout", "15");
        try {
            return DriverManager.getConnection(url, info);
        } catch (SQLException e) {
            throw new OncoevException("database unavailable (" + redact(url) + "): "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip(), e);
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
