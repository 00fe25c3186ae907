package org.oncoev.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.dao.DataAccessResourceFailureException;
import picocli.CommandLine;

/**
 * {@link OneLineErrors#describe}: the line a failed command prints names the root cause, also when a wrapper keeps
 * it as a suppressed exception (Spring Batch closing its streams) rather than as a cause.
 */
class OneLineErrorsTest {
    private static final String DISK_FULL = "ERROR: could not extend file \"base/20417/3391\": No space left on device\n"
            + "  Hint: Check free disk space.";

    /** Spring Batch's close failure: the writer's database error is suppressed, not a cause. */
    private static Throwable closeFailure() {
        ItemStreamException holder = new ItemStreamException("Failed to close 1 delegate(s) due to exceptions");
        holder.addSuppressed(new DataAccessResourceFailureException("PreparedStatementCallback; SQL [INSERT INTO"
                + " passages ...]", new SQLException(DISK_FULL, "53100")));
        return holder;
    }

    private static Throwable cyclic() {
        RuntimeException outer = new RuntimeException("outer wrapper");
        IllegalStateException inner = new IllegalStateException("inner wrapper", outer);
        outer.addSuppressed(inner);
        return outer;
    }

    private static Throwable chainedNext() {
        SQLException batch = new SQLException("Batch entry 0 INSERT INTO findings was aborted");
        batch.setNextException(new SQLException("ERROR: could not write block 812 of temporary file: No space left on device"));
        return new RuntimeException("writing chunk failed", batch);
    }

    record Case(String name, Supplier<Throwable> error, String expected) {}

    @Test
    void namesTheRootCause() {
        List<Case> cases = List.of(
                new Case("suppressed SQL error under a close failure", OneLineErrorsTest::closeFailure,
                        "ERROR: could not extend file \"base/20417/3391\": No space left on device Hint: Check free disk space."),
                new Case("close failure wrapped once more", () -> new IllegalStateException("step failed", closeFailure()),
                        "ERROR: could not extend file \"base/20417/3391\": No space left on device Hint: Check free disk space."),
                new Case("I/O error as a cause", () -> new UncheckedIOException("writing the index failed: disk",
                        new IOException("No space left on device")), "No space left on device"),
                new Case("SQL next exception", OneLineErrorsTest::chainedNext,
                        "ERROR: could not write block 812 of temporary file: No space left on device"),
                new Case("cycle through suppressed", OneLineErrorsTest::cyclic, "outer wrapper"),
                new Case("plain root cause", () -> new RuntimeException("top", new IllegalArgumentException("bad size")),
                        "bad size"),
                new Case("oncoev message wins", () -> new RuntimeException("top", new OncoevException("folder missing")),
                        "folder missing"));
        for (Case c : cases) assertEquals(c.expected(), OneLineErrors.describe(c.error().get()), c.name());
    }

    @Test
    void commandLinePrintsTheRootCause() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Failing());
        cl.setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler(new OneLineErrors());
        assertEquals(1, cl.execute());
        assertEquals("oncoev failing: ERROR: could not extend file \"base/20417/3391\": No space left on device"
                + " Hint: Check free disk space.", err.toString().strip());
    }

    @CommandLine.Command(name = "failing")
    static class Failing implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw (ItemStreamException) closeFailure();
        }
    }
}
