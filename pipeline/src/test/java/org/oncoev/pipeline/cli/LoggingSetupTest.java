package org.oncoev.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The configuration in code is the one logback.xml describes: loggers, levels, additivity, appenders, patterns. */
class LoggingSetupTest {
    @Test
    void codeAndXmlConfigureTheSameLoggersAndAppenders() throws Exception {
        LoggerContext xml = new LoggerContext();
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(xml);
        joran.doConfigure(LoggingSetupTest.class.getResource("/logback.xml"));
        LoggerContext code = new LoggerContext();
        new LoggingSetup().configure(code);
        String described = describe(xml);
        assertTrue(described.contains("org.apache.pdfbox WARN additive=false [LIBRARIES LibraryLogFile"), described);
        assertEquals(described, describe(code));
    }

    /** Every logger with a level or appenders, one line each, sorted. */
    private static String describe(LoggerContext context) {
        TreeSet<String> lines = new TreeSet<>();
        for (Logger logger : context.getLoggerList()) {
            List<String> appenders = new ArrayList<>();
            for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext(); ) {
                Appender<ILoggingEvent> a = it.next();
                Encoder<ILoggingEvent> encoder = a instanceof ConsoleAppender<ILoggingEvent> c ? c.getEncoder()
                        : a instanceof LibraryLogFile f ? f.getEncoder() : null;
                String pattern = (encoder instanceof PatternLayoutEncoder e ? e.getPattern() : String.valueOf(encoder))
                        + (a instanceof ConsoleAppender<ILoggingEvent> c ? " " + c.getTarget() : "");
                appenders.add(a.getName() + " " + a.getClass().getSimpleName() + " " + pattern + " started=" + a.isStarted());
            }
            if (logger.getLevel() == null && appenders.isEmpty()) continue;
            lines.add(logger.getName() + " " + logger.getLevel() + " additive=" + logger.isAdditive() + " " + appenders);
        }
        return String.join("\n", lines);
    }
}
