package org.oncoev.pipeline.cli;

import java.util.concurrent.Callable;
import org.oncoev.pipeline.ingest.IngestCounts;
import org.oncoev.pipeline.ingest.IngestJobRunner;
import org.oncoev.pipeline.scaleout.ScaleOutCounts;
import org.oncoev.pipeline.scaleout.ScaleOutStatus;
import org.oncoev.pipeline.search.IndexAgreement;
import org.oncoev.pipeline.search.SearchIndex;
import org.oncoev.pipeline.status.StatusReport;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code oncoev status}: recent job executions with their counts, open issues and what the database holds; exit
 * code {@value #INDEX_DISAGREES} when the search index and the database disagree (scripts can then run
 * {@code oncoev reindex}).
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show recent job executions (read/written/skipped), ingest issues and stored counts.",
                "Exit code 3 when the search index and the database disagree (repair with: oncoev reindex)."})
public class StatusCommand implements Callable<Integer> {
    /** Exit code when index and database disagree. */
    public static final int INDEX_DISAGREES = 3;

    @Mixin
    GlobalOptions global;

    @Option(names = "--limit", defaultValue = "10", description = "Job executions to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--issues", defaultValue = "10", description = "Recent ingest issues to show (default: ${DEFAULT-VALUE}).")
    int issues;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = OncoevContext.openReadOnly(global)) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            JobRepository repository = ctx.getBean(JobRepository.class);
            IndexAgreement agreement = IndexAgreement.check(jdbc, SearchIndex.indexDir(global.home()));
            StatusReport report = new StatusReport(jdbc, id -> ingestSummary(jdbc, repository, id), agreement::describe);
            System.out.print(report.render(limit, issues));
            System.out.print(ScaleOutStatus.render(jdbc));
            return agreement.agrees() ? 0 : INDEX_DISAGREES;
        }
    }

    /** The counts an ingest execution kept in its step contexts, as its summary line; null for other jobs. */
    static String ingestSummary(JdbcTemplate jdbc, JobRepository repository, long jobExecutionId) {
        IngestCounts scaled = ScaleOutCounts.of(jdbc, repository, jobExecutionId);
        if (scaled != null) return "ingest: " + scaled.summary();
        java.util.List<java.util.Map<String, Object>> steps = jdbc.queryForList("SELECT step_execution_id, step_name "
                + "FROM batch_step_execution WHERE job_execution_id = ? AND step_name IN (?, ?)", jobExecutionId,
                IngestJobRunner.STEP_NAME, org.oncoev.pipeline.ingest.GoneFiles.STEP_NAME);
        IngestCounts counts = null;
        long gone = 0;
        for (java.util.Map<String, Object> row : steps) {
            StepExecution se = repository.getStepExecution(((Number) row.get("step_execution_id")).longValue());
            if (se == null) continue;
            if (IngestJobRunner.STEP_NAME.equals(row.get("step_name"))) counts = IngestCounts.from(se.getExecutionContext());
            else gone = se.getExecutionContext().getLong("ingest.gone", 0);
        }
        return counts == null ? null : "ingest: " + counts.withGone(gone).summary();
    }
}
