package org.oncoev.pipeline.cli;

import java.io.PrintWriter;
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

    /** The most specific message in the cause chain, on one line. */
    public static String describe(Throwable ex) {
        if (ex instanceof OncoevException) return oneLine(ex.getMessage());
        Throwable root = ex;
        String message = null;
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OncoevException) return oneLine(t.getMessage());
            root = t;
            if (t.getMessage() != null && !t.getMessage().isBlank()) message = t.getMessage();
        }
        String text = root.getMessage() != null && !root.getMessage().isBlank() ? root.getMessage() : message;
        return oneLine(text == null ? root.getClass().getSimpleName() : text);
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 400 ? line.substring(0, 400) + "..." : line;
    }
}
