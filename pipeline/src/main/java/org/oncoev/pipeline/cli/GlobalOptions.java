package org.oncoev.pipeline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options every database-using subcommand accepts; add {@code @Mixin GlobalOptions global;} to a command.
 * Values fall back to the environment ({@code ONCOEV_DB_URL}, {@code ONCOEV_HOME}) and then to defaults.
 */
public class GlobalOptions {
    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "PostgreSQL JDBC URL (default: $ONCOEV_DB_URL, else an embedded PostgreSQL under --home)")
    String dbUrl;

    @Option(names = "--home", paramLabel = "DIR",
            description = "Data folder for the embedded database and the index (default: $ONCOEV_HOME, else ./data)")
    Path home;

    /** The JDBC URL to use, or null for the embedded database. */
    public String dbUrl() {
        if (dbUrl != null && !dbUrl.isBlank()) return dbUrl.strip();
        String env = System.getenv("ONCOEV_DB_URL");
        return env == null || env.isBlank() ? null : env.strip();
    }

    /** The data folder, absolute. */
    public Path home() {
        if (home != null) return home.toAbsolutePath().normalize();
        String env = System.getenv("ONCOEV_HOME");
        return Path.of(env == null || env.isBlank() ? "data" : env.strip()).toAbsolutePath().normalize();
    }

    /** Options for programmatic use (tests, other commands). */
    public static GlobalOptions of(String dbUrl, Path home) {
        GlobalOptions options = new GlobalOptions();
        options.dbUrl = dbUrl;
        options.home = home;
        return options;
    }
}
