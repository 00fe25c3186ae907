package org.oncoev.pipeline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.oncoev.pipeline.cli.OncoevCommand;
import picocli.CommandLine;

/** One in-process run of the {@code oncoev} command line with its exit code, stdout and stderr. */
public record CliRun(int code, String out, String err) {
    public static CliRun of(String... args) {
        StringWriter err = new StringWriter();
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cl = OncoevCommand.commandLine();
            cl.setErr(new PrintWriter(err, true));
            code = cl.execute(args);
        } finally {
            System.setOut(original);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }
}
