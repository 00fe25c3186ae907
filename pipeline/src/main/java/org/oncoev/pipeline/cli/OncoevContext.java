package org.oncoev.pipeline.cli;

import java.util.HashMap;
import java.util.Map;
import org.oncoev.pipeline.OncoevApplication;
import org.oncoev.pipeline.db.DatabaseInitializer;
import org.oncoev.pipeline.db.ReadOnlyDatabase;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Opens the Spring Boot context for a command that needs the database. Use it in try-with-resources:
 * <pre>{@code
 * try (ConfigurableApplicationContext ctx = OncoevContext.open(global)) {
 *     JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
 * }
 * }</pre>
 * The context connects to {@code --db-url}/{@code ONCOEV_DB_URL} or starts the embedded PostgreSQL under
 * {@code <home>/pg}, runs the Flyway migrations, and on close stops the embedded server.
 */
public final class OncoevContext {
    private OncoevContext() {}

    /** A context without a web server, for batch and query commands. */
    public static ConfigurableApplicationContext open(GlobalOptions global) {
        return open(global, WebApplicationType.NONE, Map.of());
    }

    /**
     * The database for a command that only reads, without Spring Boot (see {@link ReadOnlyDatabase}): one connection
     * to {@code --db-url} or to the embedded server under {@code --home}, Flyway only when the schema is older than
     * the class path's migrations. About a second less than {@link #open(GlobalOptions)} for {@code status}.
     */
    public static ReadOnlyDatabase openReadOnly(GlobalOptions global) {
        System.setProperty("oncoev.home", global.home().toString()); // where LibraryLogFile writes library warnings
        return ReadOnlyDatabase.open(global.dbUrl(), global.home());
    }

    /**
     * A context of the given web type with extra Spring properties (for example {@code server.port} for
     * {@code serve}). Failures surface as {@link OncoevException} with a one-line reason.
     */
    public static ConfigurableApplicationContext open(GlobalOptions global, WebApplicationType web,
                                                      Map<String, Object> extraProperties) {
        Map<String, Object> props = new HashMap<>();
        props.put("oncoev.home", global.home().toString());
        System.setProperty("oncoev.home", global.home().toString()); // where LibraryLogFile writes library warnings
        if (global.dbUrl() != null) props.put("oncoev.db-url", global.dbUrl());
        props.putAll(extraProperties);
        try {
            return new SpringApplicationBuilder(OncoevApplication.class)
                    .web(web)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .initializers(new DatabaseInitializer())
                    .run(asArguments(props));
        } catch (RuntimeException e) {
            throw new OncoevException(OneLineErrors.describe(e), e);
        }
    }

    /** Command-line style {@code --key=value} arguments: they take precedence over application.yml and env. */
    private static String[] asArguments(Map<String, Object> props) {
        return props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
