package org.oncoev.corpus;

import java.time.Duration;
import java.util.Locale;

/**
 * The budget of the file the current thread is working on, in wall time and characters. Readers refuse text
 * longer than {@link #maxChars()}; readers, the sentence splitter and the
 * extractors call {@link #check} between bounded steps, and once the budget is spent it throws
 * {@link Exceeded} naming the stage, so one file can never hold a worker for longer than its budget plus one
 * step. Outside {@link #open} (tests, tools) nothing is ever exceeded. Per thread; each thread's budget is its own.
 */
public final class FileBudget implements AutoCloseable {
    /** Thrown by {@link #check} once the budget is spent; the message reads {@code timed out after N s in <stage>}. */
    public static final class Exceeded extends RuntimeException {
        private final String stage;

        Exceeded(String stage, Duration limit) {
            super(String.format(Locale.ROOT, "timed out after %d s in %s", Math.max(1, limit.toSeconds()), stage),
                    null, false, false);
            this.stage = stage;
        }

        /** The step that was running when the budget ran out ({@code sentence splitting}, {@code extraction}...). */
        public String stage() {
            return stage;
        }
    }

    private static final ThreadLocal<FileBudget> CURRENT = new ThreadLocal<>();

    private final Duration limit;
    private final int maxChars;
    private final long deadline;
    private final FileBudget outer;
    private Exceeded exceeded;

    private FileBudget(Duration limit, int maxChars) {
        this.limit = limit;
        this.maxChars = maxChars;
        this.deadline = System.nanoTime() + limit.toNanos();
        this.outer = CURRENT.get();
    }

    /**
     * Starts a budget of {@code limit} and {@code maxChars} characters of text for this thread; close it
     * (try-with-resources) when the file is done.
     */
    public static FileBudget open(Duration limit, int maxChars) {
        if (limit == null || limit.isNegative() || limit.isZero() || maxChars < 1)
            throw new IllegalArgumentException("budget must be positive");
        FileBudget b = new FileBudget(limit, maxChars);
        CURRENT.set(b);
        return b;
    }

    /** Throws {@link Exceeded} when this thread's budget is spent; {@code stage} names the step for the message. */
    public static void check(String stage) {
        FileBudget b = CURRENT.get();
        if (b == null) return;
        if (b.exceeded != null) throw b.exceeded;
        if (System.nanoTime() - b.deadline > 0) throw b.exceeded = new Exceeded(stage, b.limit);
    }

    /** The most characters of text this thread's file may have ({@link Integer#MAX_VALUE} without a budget). */
    public static int maxChars() {
        FileBudget b = CURRENT.get();
        return b == null ? Integer.MAX_VALUE : b.maxChars;
    }

    /** Nanoseconds left of this thread's budget ({@link Long#MAX_VALUE} without one), never negative. */
    public static long remainingNanos() {
        FileBudget b = CURRENT.get();
        return b == null ? Long.MAX_VALUE : Math.max(0, b.deadline - System.nanoTime());
    }

    /** The first {@link Exceeded} thrown under this budget, or null: readers that wrap exceptions cannot hide it. */
    public Exceeded exceeded() {
        return exceeded;
    }

    @Override
    public void close() {
        if (outer == null) CURRENT.remove();
        else CURRENT.set(outer);
    }
}
