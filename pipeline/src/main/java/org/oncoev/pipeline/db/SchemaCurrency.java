package org.oncoev.pipeline.db;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.oncoev.schema.EvidenceTables;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether a database already holds every Flyway migration on the class path, so a read-only command can skip
 * Flyway's start (a sixth of a second) with one query on {@code flyway_schema_history}. Any doubt (no history
 * table, a failed or missing version, an unreadable class path) answers false, and Flyway then migrates as usual.
 */
public final class SchemaCurrency {
    private static final String MIGRATIONS = "db/migration/";
    private static final Pattern VERSION = Pattern.compile("^V([0-9]{1,9}(?:_[0-9]{1,9}){0,4})__[^/]{1,200}\\.sql$");

    private SchemaCurrency() {}

    /**
     * The versions of the migrations under {@code classpath:db/migration}, dotted ("14.1"); empty when unreadable.
     * They live in the schema module: its jar (or class folder) is listed directly, which spares opening every jar on
     * the class path as a {@code classpath*:} scan does (a fifth of a second of {@code status}); where the module's
     * location is not a plain file or folder (the nested jar of {@code java -jar}), the class path is scanned.
     */
    static Set<String> migrationVersions() {
        Set<String> versions = schemaModuleVersions();
        return versions.isEmpty() ? scannedVersions() : versions;
    }

    /** The migrations in the jar or folder that holds the schema module; empty when that is neither. */
    static Set<String> schemaModuleVersions() {
        Set<String> versions = new HashSet<>();
        try {
            Path location = Path.of(EvidenceTables.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.list(location.resolve("db/migration"))) {
                    files.forEach(f -> addVersion(versions, f.getFileName().toString()));
                }
            } else if (Files.isRegularFile(location)) {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(MIGRATIONS))
                            .forEach(n -> addVersion(versions, n.substring(MIGRATIONS.length())));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            versions.clear();
        }
        return versions;
    }

    /** The migrations of every class-path entry, found with a {@code classpath*:} scan. */
    static Set<String> scannedVersions() {
        Set<String> versions = new HashSet<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + MIGRATIONS + "V*.sql")) {
                addVersion(versions, String.valueOf(r.getFilename()));
            }
        } catch (IOException e) {
            versions.clear();
        }
        return versions;
    }

    private static void addVersion(Set<String> versions, String fileName) {
        Matcher m = VERSION.matcher(fileName);
        if (m.matches()) versions.add(m.group(1).replace('_', '.'));
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
