package org.oncoev.pipeline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options every database-using subcommand accepts; add {@code @Mixin GlobalOptions global;} to a command.
 * They may also stand before the subcommand ({@code oncoev --home D status}, read from {@link OncoevCommand});
 * after it they win. Values fall back to the environment ({@code ONCOEV_DB_URL}, {@code ONCOEV_HOME}) and then
 * to defaults.
 */
public class GlobalOptions {
    /** The command this mixin belongs to (null when built by {@link #of}). */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "PostgreSQL JDBC URL (default: $ONCOEV_DB_URL, else an embedded PostgreSQL under --home)")
    String dbUrl;

    @Option(names = "--home", paramLabel = "DIR",
            description = "Data folder for the embedded database and the index (default: $ONCOEV_HOME, else ./data)")
    Path home;

    /** The JDBC URL to use, or null for the embedded database. */
    public String dbUrl() {
        if (dbUrl != null && !dbUrl.isBlank()) return dbUrl.strip();
        OncoevCommand top = top();
        if (top != null && top.dbUrl != null && !top.dbUrl.isBlank()) return top.dbUrl.strip();
        String env = System.getenv("ONCOEV_DB_URL");
        return env == null || env.isBlank() ? null : env.strip();
    }

    /** The data folder, absolute. */
    public Path home() {
        if (home != null) return home.toAbsolutePath().normalize();
        OncoevCommand top = top();
        if (top != null && top.home != null) return top.home.toAbsolutePath().normalize();
        String env = System.getenv("ONCOEV_HOME");
        return Path.of(env == null || env.isBlank() ? "data" : env.strip()).toAbsolutePath().normalize();
    }

    /** The top-level command when this subcommand was run through it (options given before the subcommand). */
    private OncoevCommand top() {
        for (CommandSpec spec = mixee == null ? null : mixee.parent(); spec != null; spec = spec.parent()) {
            if (spec.userObject() instanceof OncoevCommand c) return c;
        }
        return null;
    }

    /** Options for programmatic use (tests, other commands). */
    public static GlobalOptions of(String dbUrl, Path home) {
        GlobalOptions options = new GlobalOptions();
        options.dbUrl = dbUrl;
        options.home = home;
        return options;
    }
}
