package org.oncoev.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any exception a command throws into one line on stderr and exit code 1. Set {@code ONCOEV_DEBUG=1}
 * to also print the stack trace.
 */
public final class OneLineErrors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        err.println("oncoev " + cmd.getCommandName() + ": " + describe(ex));
        if (System.getenv("ONCOEV_DEBUG") != null) ex.printStackTrace(err);
        err.flush();
        return 1;
    }

    /** Most exceptions looked at in one tree of causes and suppressed exceptions (hostile or cyclic chains). */
    private static final int MAX_VISITED = 256;

    /**
     * The most specific message, on one line: an {@link OncoevException}'s in the cause chain; else the deepest
     * {@link SQLException} or {@link IOException} message among the causes and suppressed exceptions (a wrapper such
     * as Spring Batch's "Failed to close 1 delegate(s)" keeps the driver's "No space left on device" as a suppressed
     * exception); else the root cause's message.
     */
    public static String describe(Throwable ex) {
        if (ex instanceof OncoevException) return oneLine(ex.getMessage());
        Throwable root = ex;
        String message = null;
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OncoevException) return oneLine(t.getMessage());
            root = t;
            if (t.getMessage() != null && !t.getMessage().isBlank()) message = t.getMessage();
        }
        Throwable specific = deepestSqlOrIo(ex);
        if (specific != null) return oneLine(specific.getMessage());
        String text = root.getMessage() != null && !root.getMessage().isBlank() ? root.getMessage() : message;
        return oneLine(text == null ? root.getClass().getSimpleName() : text);
    }

    /** The deepest SQL or I/O exception with a message, through causes and suppressed exceptions; null if none. */
    static Throwable deepestSqlOrIo(Throwable ex) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        todo.push(ex);
        depths.push(0);
        Throwable best = null;
        int bestDepth = -1;
        while (!todo.isEmpty() && seen.size() < MAX_VISITED) {
            Throwable t = todo.pop();
            int depth = depths.pop();
            if (!seen.add(t)) continue;
            boolean specific = t instanceof SQLException || t instanceof IOException;
            if (specific && t.getMessage() != null && !t.getMessage().isBlank() && depth > bestDepth) {
                best = t;
                bestDepth = depth;
            }
            Throwable[] suppressed = t.getSuppressed();
            for (int i = suppressed.length - 1; i >= 0; i--) {
                todo.push(suppressed[i]);
                depths.push(depth + 1);
            }
            if (t.getCause() != null) {
                todo.push(t.getCause());
                depths.push(depth + 1);
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.push(sql.getNextException());
                depths.push(depth + 1);
            }
        }
        return best;
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 400 ? line.substring(0, 400) + "..." : line;
    }
}
