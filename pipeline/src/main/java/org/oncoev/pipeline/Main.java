package org.oncoev.pipeline;

import org.oncoev.pipeline.cli.OncoevCommand;

/** Entry point of {@code ./oncoev}: parses the command line with picocli and exits with the command's code. */
public final class Main {
    private Main() {}

    /** Commons Logging's setting for its implementation (Spring logs through it). */
    static final String LOG_FACTORY = "org.apache.commons.logging.LogFactory";

    public static void main(String[] args) {
        // Spring's loggers straight to SLF4J (and logback): left to itself Commons Logging first starts the Log4j API,
        // whose bridge ends in SLF4J anyway, at a fifth of a second of wall time for the first JdbcTemplate
        if (System.getProperty(LOG_FACTORY) == null) {
            System.setProperty(LOG_FACTORY, "org.apache.commons.logging.impl.Slf4jLogFactory");
        }
        System.exit(OncoevCommand.commandLine().execute(args));
    }
}
