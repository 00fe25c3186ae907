package org.oncoev.pipeline.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration in code, the same as {@code logback.xml} (a test compares the two), found through
 * {@code META-INF/services} when the first logger is asked for: building it takes a tenth of the CPU time of
 * parsing the XML, which a command that starts no Spring ({@code status}, {@code search}, {@code export}) would
 * otherwise spend on every run. Spring Boot, where a command starts it, still reads {@code logback.xml} (and with it
 * {@code logging.level.*}), so change both together.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public class LoggingSetup extends ContextAwareBase implements Configurator {
    /** The console pattern of {@code logback.xml}'s STDERR appender. */
    static final String CONSOLE_PATTERN = "%d{HH:mm:ss} %-5level %logger{0} - %msg%n%ex{0}";
    /** The pattern of its LIBRARIES appender ({@link LibraryLogFile}). */
    static final String LIBRARY_PATTERN = "%d{yyyy-MM-dd HH:mm:ss} %-5level %logger{0} - %msg%n%ex{0}";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder(context, CONSOLE_PATTERN));
        stderr.start();
        LibraryLogFile libraries = new LibraryLogFile();
        libraries.setContext(context);
        libraries.setName("LIBRARIES");
        libraries.setEncoder(encoder(context, LIBRARY_PATTERN));
        libraries.start();
        for (String name : new String[] {"org.apache.pdfbox", "org.apache.fontbox"}) {
            Logger library = context.getLogger(name);
            library.setLevel(Level.WARN);
            library.setAdditive(false);
            library.addAppender(libraries);
        }
        context.getLogger("org.oncoev").setLevel(Level.INFO);
        context.getLogger("io.zonky").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
