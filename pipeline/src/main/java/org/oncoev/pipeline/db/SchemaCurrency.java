package org.oncoev.pipeline.db;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether a database already holds every Flyway migration on the class path, so a read-only command can skip
 * Flyway's start (a sixth of a second) with one query on {@code flyway_schema_history}. Any doubt (no history
 * table, a failed or missing version, an unreadable class path) answers false, and Flyway then migrates as usual.
 */
public final class SchemaCurrency {
    private static final Pattern VERSION = Pattern.compile("^V([0-9]{1,9}(?:_[0-9]{1,9}){0,4})__[^/]{1,200}\\.sql$");

    private SchemaCurrency() {}

    /** The versions of the migrations under {@code classpath:db/migration}, dotted ("14.1"); empty when unreadable. */
    static Set<String> migrationVersions() {
        Set<String> versions = new HashSet<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql")) {
                Matcher m = VERSION.matcher(String.valueOf(r.getFilename()));
                if (m.matches()) versions.add(m.group(1).replace('_', '.'));
            }
        } catch (IOException e) {
            versions.clear();
        }
        return versions;
    }

    /** True when every class-path migration is recorded as successful in the database at {@code url}. */
    public static boolean isCurrent(String url, String user) {
        Set<String> wanted = migrationVersions();
        if (wanted.isEmpty()) return false;
        Properties info = new Properties();
        if (user != null) info.setProperty("user", user);
        try (Connection c = DriverManager.getConnection(url, info)) {
            return holds(c, wanted);
        } catch (SQLException e) {
            return false; // the database refuses: Flyway decides
        }
    }

    /**
     * True when every class-path migration is recorded as successful in the database {@code connection} is open on
     * (an auto-commit connection, left open).
     */
    public static boolean isCurrent(Connection connection) {
        Set<String> wanted = migrationVersions();
        return !wanted.isEmpty() && holds(connection, wanted);
    }

    private static boolean holds(Connection c, Set<String> wanted) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
            Set<String> applied = new HashSet<>();
            while (rs.next()) applied.add(rs.getString(1));
            return applied.containsAll(wanted);
        } catch (SQLException e) {
            return false; // no history table yet, or the database refuses: Flyway decides
        }
    }
}
