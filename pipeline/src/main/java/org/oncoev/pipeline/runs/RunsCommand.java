package org.oncoev.pipeline.runs;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevContext;
import org.oncoev.pipeline.cli.OncoevException;
import org.oncoev.pipeline.db.ReadOnlyDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code oncoev runs}: lists extraction runs (one per ingest or extract job execution); {@code oncoev runs diff A B}
 * shows per document the facts added, removed and changed from run A to run B.
 */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"List extraction runs: id (the job execution), job, start, documents, findings, rejected,",
                "documents it is still the latest run of, extractor signature."},
        subcommands = RunsCommand.Diff.class)
public class RunsCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() {
        try (ReadOnlyDatabase db = OncoevContext.openReadOnly(global)) {
            List<RunList.Run> runs = RunList.all(db.jdbc());
            System.out.printf(Locale.ROOT, "%6s  %-8s  %-19s  %9s  %8s  %8s  %6s  %s%n", "run", "job", "started",
                    "documents", "findings", "rejected", "latest", "extractors");
            for (RunList.Run r : runs) {
                System.out.printf(Locale.ROOT, "%6d  %-8s  %-19.19s  %9d  %8d  %8d  %6d  %s%n", r.id(), r.job(),
                        r.started(), r.documents(), r.findings(), r.rejected(), r.latestFor(), r.signatures());
            }
            if (runs.isEmpty()) System.out.println("no extraction runs yet (run 'oncoev ingest DIR')");
            return 0;
        }
    }

    /** {@code runs diff A B}. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "Per document, the facts added (+), removed (-) and changed (~) from run A to run B.")
    public static class Diff implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(index = "0", paramLabel = "A", description = "The earlier run id (see 'runs').")
        long a;

        @Parameters(index = "1", paramLabel = "B", description = "The later run id.")
        long b;

        @Override
        public Integer call() {
            try (ReadOnlyDatabase db = OncoevContext.openReadOnly(global)) {
                JdbcTemplate jdbc = db.jdbc();
                for (long id : new long[] {a, b}) {
                    if (RunList.rowIds(jdbc, id).isEmpty()) throw new OncoevException("no extraction run " + id + " (see 'oncoev runs')");
                }
                for (String line : RunDiff.format(a, b, RunDiff.compare(jdbc, a, b))) System.out.println(line);
                return 0;
            }
        }
    }
}
