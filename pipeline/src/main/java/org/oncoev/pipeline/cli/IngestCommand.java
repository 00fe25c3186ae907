package org.oncoev.pipeline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.oncoev.pipeline.ingest.IngestCounts;
import org.oncoev.pipeline.ingest.IngestFilter;
import org.oncoev.pipeline.ingest.IngestJobRunner;
import org.oncoev.pipeline.report.EvidenceSummary;
import org.oncoev.pipeline.scaleout.ScaledIngestRunner;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.oncoev.pipeline.status.SamePapers;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code oncoev ingest DIR...}: new and changed papers into PostgreSQL and the search index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest the papers (.txt, .md, .pdf, JATS .xml/.nxml) under the folders.",
                "New and changed files are stored with their sections, passages and evidence, and their passages "
                        + "indexed; unchanged files are skipped; bad input is recorded as an ingest issue.",
                "Rerunning after an interruption continues the failed job."})
public class IngestCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--show", paramLabel = "N", defaultValue = "20",
            description = "After the run, list the evidence of each document under the folders when there are at most N "
                    + "of them (default ${DEFAULT-VALUE}; 0 = never).")
    int show;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Ingest only files whose name matches GLOB (repeatable; e.g. '*.nxml').")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files whose name matches GLOB (repeatable). Always skipped unless --include names them: "
                    + "SOURCES.md, README*, LICENSE*, LICENCE*, NOTICE*, CHANGELOG* and hidden files.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--workers", paramLabel = "N",
            description = "Scale out: plan here, then let N or more `oncoev worker` JVMs (any machines sharing the folders' "
                    + "paths, the database and the broker) ingest the files; waits for N workers to be live.")
    Integer workers;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders to ingest (recursively).")
    List<Path> folders;

    @Override
    public Integer call() {
        for (Path f : folders) {
            if (!f.toFile().isDirectory()) throw new OncoevException("not a folder: " + f);
        }
        IngestFilter filter;
        try {
            filter = new IngestFilter(include, exclude);
        } catch (IllegalArgumentException e) {
            throw new OncoevException("--include/--exclude: " + e.getMessage());
        }
        if (workers != null && workers < 1) throw new OncoevException("--workers must be at least 1");
        try (ConfigurableApplicationContext ctx = workers == null ? OncoevContext.open(global)
                : OncoevContext.open(global, WebApplicationType.NONE, Map.of("oncoev.scale-out.role", "manager",
                        // the index catch-up reads documents back on one thread per core
                        "spring.datasource.hikari.maximum-pool-size",
                        Math.max(8, Runtime.getRuntime().availableProcessors() + 4)))) {
            IngestJobRunner.Result result = workers == null ? ctx.getBean(IngestJobRunner.class).run(folders, filter)
                    : ctx.getBean(ScaledIngestRunner.class).run(folders, filter, workers);
            IngestCounts c = result.counts();
            System.out.println("ingest: " + c.summary());
            String same = SamePapers.line(new SamePapers(ctx.getBean(JdbcTemplate.class)).storedBy(result.jobExecutionId()));
            if (same != null) System.out.println(same);
            System.out.println("job execution " + result.jobExecutionId() + " " + result.status()
                    + (result.restarted() ? " (restarted)" : ""));
            if (show > 0) {
                System.out.print(EvidenceSummary.describe(ctx.getBean(JdbcTemplate.class), folders, show));
            }
            return 0;
        }
    }
}
