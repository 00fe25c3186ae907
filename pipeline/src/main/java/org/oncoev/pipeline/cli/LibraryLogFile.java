package org.oncoev.pipeline.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A logback appender for libraries' chatter (PDFBox's warnings about fonts and malformed PDFs): events are appended
 * to {@code <home>/oncoev.log}, the file being created only when the first event arrives, so commands that log
 * nothing leave no file behind. The home is the {@code oncoev.home} system property (set once the command line
 * is read), else {@code ONCOEV_HOME}, else {@code data}. The first event also tells stderr, in one line, where the
 * warnings go. When the file cannot be opened, events are dropped (they are never a command's result).
 */
public class LibraryLogFile extends UnsynchronizedAppenderBase<ILoggingEvent> {
    private Encoder<ILoggingEvent> encoder;
    private OutputStream out;
    private Path opened;
    private boolean failed;

    public void setEncoder(Encoder<ILoggingEvent> encoder) {
        this.encoder = encoder;
    }

    public Encoder<ILoggingEvent> getEncoder() {
        return encoder;
    }

    /** The file events go to. */
    public static Path file() {
        String home = System.getProperty("oncoev.home");
        if (home == null || home.isBlank()) home = System.getenv("ONCOEV_HOME");
        if (home == null || home.isBlank()) home = "data";
        return Path.of(home.strip()).toAbsolutePath().normalize().resolve("oncoev.log");
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        if (encoder == null) return;
        Path file = file();
        if (failed && file.equals(opened)) return;
        try {
            if (out == null || !file.equals(opened)) { // first event, or another home in this JVM (tests)
                closeQuietly();
                opened = file;
                failed = false;
                Files.createDirectories(file.getParent());
                out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                System.err.println("oncoev: library warnings (PDF fonts and structure) go to " + file);
            }
            out.write(encoder.encode(event));
            out.flush();
        } catch (IOException | RuntimeException e) {
            failed = true;
        }
    }

    @Override
    public synchronized void stop() {
        super.stop();
        closeQuietly();
    }

    private void closeQuietly() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // closing at exit
            }
            out = null;
        }
    }
}
