package org.oncoev.pipeline.ingest;

import java.io.PrintStream;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of one ingest step: a log line every {@code logEveryMillis} with files done/total and files per second,
 * and, when {@code terminal} is non-null (the process has a console), a one-line bar redrawn with a carriage return
 * showing files per second and the time left. The periodic log line, which goes to the same terminal, first blanks
 * the bar's line and the bar is redrawn after it, so the two never share a line. Thread-safe (all methods
 * synchronized); cheap enough to call per chunk.
 */
public final class IngestProgress {
    private static final Logger log = LoggerFactory.getLogger(IngestProgress.class);
    private static final int BAR_WIDTH = 30;
    private static final long BAR_EVERY_MILLIS = 250;

    private final PrintStream terminal;
    private final long logEveryMillis;
    private long total;
    private long done;
    private long startDone;
    private long startNanos;
    private long lastLog;
    private long lastBar;
    private boolean barShown;
    private int barLength;

    public IngestProgress(PrintStream terminal, long logEveryMillis) {
        this.terminal = terminal;
        this.logEveryMillis = Math.max(100, logEveryMillis);
    }

    /** Progress on stderr when {@code System.console()} is present, logs every 5 s otherwise too. */
    public static IngestProgress forThisProcess() {
        return new IngestProgress(System.console() != null ? System.err : null, 5000);
    }

    /** The step opened: {@code total} files, {@code alreadyDone} of them finished by an earlier (restarted) execution. */
    public synchronized void begin(long total, long alreadyDone) {
        this.total = total;
        this.done = alreadyDone;
        this.startDone = alreadyDone;
        this.startNanos = System.nanoTime();
        this.lastLog = now();
        log.info("ingest: {} file(s) to look at{}", total, alreadyDone > 0 ? " (continuing after " + alreadyDone + ")" : "");
    }

    /** {@code files} more files were written. */
    public synchronized void advance(long files) {
        done += files;
        long now = now();
        boolean logged = false;
        if (now - lastLog >= logEveryMillis) {
            lastLog = now;
            if (barShown) { // the log line starts on a blank line, not after the bar
                terminal.print("\r" + " ".repeat(barLength) + "\r");
                terminal.flush();
            }
            log.info("ingest: {}", line());
            logged = true;
        }
        if (terminal != null && (logged && barShown || now - lastBar >= BAR_EVERY_MILLIS || done >= total)) {
            lastBar = now;
            String bar = bar() + " ";
            terminal.print("\r" + bar);
            terminal.flush();
            barLength = bar.length();
            barShown = true;
        }
    }

    /** The step ended: ends the bar's line and logs the final counts. */
    public synchronized void finish() {
        if (barShown) {
            terminal.print("\r" + bar() + "\n");
            terminal.flush();
            barShown = false;
        }
        log.info("ingest: {}", line());
    }

    /** E.g. {@code 120/300 files, 14.2 files/s}. */
    synchronized String line() {
        return String.format(Locale.ROOT, "%d/%d files, %.1f files/s", done, total, rate());
    }

    /** E.g. {@code [#########.....................] 120/300  14.2 files/s  0:12 left}. */
    synchronized String bar() {
        int filled = total <= 0 ? BAR_WIDTH : (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
        double rate = rate();
        String left = rate <= 0 ? "--:--" : clock((long) Math.ceil((total - done) / rate));
        return String.format(Locale.ROOT, "[%s%s] %d/%d  %.1f files/s  %s left", "#".repeat(filled),
                ".".repeat(BAR_WIDTH - filled), done, total, rate, left);
    }

    private double rate() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return seconds <= 0 ? 0 : (done - startDone) / seconds;
    }

    static String clock(long seconds) {
        long s = Math.max(0, seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    private static long now() {
        return System.nanoTime() / 1_000_000;
    }
}
