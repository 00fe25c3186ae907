package org.oncoev.pipeline.cli;

import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code oncoev} command. To add a subcommand, write a picocli class implementing
 * {@code Callable<Integer>} and add it to {@code subcommands} below (one line); a subcommand from another module
 * (bench) is an {@link OncoevSubcommand}, found on the class path.
 */
@Command(name = "oncoev", mixinStandardHelpOptions = true, version = "oncoev 0.1.0",
        description = "Turns oncology papers into structured, checkable evidence in PostgreSQL and Lucene.",
        subcommands = {
                CommandLine.HelpCommand.class,
                IngestCommand.class, WorkerCommand.class,
                StatusCommand.class,
                org.oncoev.pipeline.search.SearchCommand.class, org.oncoev.pipeline.search.ReindexCommand.class, org.oncoev.pipeline.web.ServeCommand.class,
                org.oncoev.pipeline.evaluate.EvaluateCommand.class,
                org.oncoev.pipeline.export.ExportCommand.class,
                org.oncoev.pipeline.runs.ExtractCommand.class, org.oncoev.pipeline.runs.RunsCommand.class,
                org.oncoev.pipeline.text.TextCommand.class,
        })
public class OncoevCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code --db-url} given before the subcommand (see {@link GlobalOptions}). */
    @CommandLine.Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "PostgreSQL JDBC URL for the subcommand (may also follow it).")
    String dbUrl;

    /** {@code --home} given before the subcommand. */
    @CommandLine.Option(names = "--home", paramLabel = "DIR",
            description = "Data folder for the subcommand (may also follow it).")
    java.nio.file.Path home;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** A configured command line: one-line errors on stderr, exit code 1 for failures, 2 for usage errors. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new OncoevCommand());
        for (OncoevSubcommand command : ServiceLoader.load(OncoevSubcommand.class)) cl.addSubcommand(command);
        // the product jar alone: say where the measuring rig is
        if (!cl.getSubcommands().containsKey("bench")) {
            cl.getCommandSpec().usageMessage().footer("", "Also: bench (throughput, heap and query-latency benchmark; "
                    + "bench module, bench/target/oncoev-bench.jar, which ./oncoev runs for that command).");
        }
        cl.setExecutionExceptionHandler(new OneLineErrors());
        return cl;
    }
}
