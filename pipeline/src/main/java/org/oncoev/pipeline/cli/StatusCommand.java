package org.oncoev.pipeline.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oncoev.pipeline.db.ReadOnlyDatabase;
import org.oncoev.pipeline.ingest.GoneFiles;
import org.oncoev.pipeline.ingest.IngestCounts;
import org.oncoev.pipeline.ingest.IngestJobRunner;
import org.oncoev.pipeline.scaleout.ScaleOutCounts;
import org.oncoev.pipeline.scaleout.ScaleOutStatus;
import org.oncoev.pipeline.search.IndexAgreement;
import org.oncoev.pipeline.search.SearchIndex;
import org.oncoev.pipeline.status.StatusReport;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.infrastructure.item.ExecutionContext;
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

    /** Spring Batch's default, which the job repository of {@code ingest} writes step contexts with. */
    private static final DefaultExecutionContextSerializer SERIALIZER = new DefaultExecutionContextSerializer();

    @Mixin
    GlobalOptions global;

    @Option(names = "--limit", defaultValue = "10", description = "Job executions to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--issues", defaultValue = "10", description = "Recent ingest issues to show (default: ${DEFAULT-VALUE}).")
    int issues;

    @Override
    public Integer call() {
        try (ReadOnlyDatabase db = OncoevContext.openReadOnly(global)) {
            JdbcTemplate jdbc = db.jdbc();
            IndexAgreement agreement = IndexAgreement.check(jdbc, SearchIndex.indexDir(global.home()));
            StatusReport report = new StatusReport(jdbc, id -> ingestSummary(jdbc, id), agreement::describe);
            System.out.print(report.render(limit, issues));
            System.out.print(ScaleOutStatus.render(jdbc));
            return agreement.agrees() ? 0 : INDEX_DISAGREES;
        }
    }

    /**
     * The counts an ingest execution kept in its step contexts, as its summary line; null for other jobs. Reads the
     * contexts as Spring Batch's JDBC repository stores them (the serialized column, else the short one, in its
     * default serializer), so no job repository has to start.
     */
    static String ingestSummary(JdbcTemplate jdbc, long jobExecutionId) {
        IngestCounts scaled = ScaleOutCounts.of(jdbc, id -> storedContext(jdbc, id), jobExecutionId);
        if (scaled != null) return "ingest: " + scaled.summary();
        List<Map<String, Object>> steps = jdbc.queryForList("""
                SELECT s.step_name, coalesce(c.serialized_context, c.short_context) AS context
                FROM batch_step_execution s JOIN batch_step_execution_context c ON c.step_execution_id = s.step_execution_id
                WHERE s.job_execution_id = ? AND s.step_name IN (?, ?)""",
                jobExecutionId, IngestJobRunner.STEP_NAME, GoneFiles.STEP_NAME);
        IngestCounts counts = null;
        long gone = 0;
        for (Map<String, Object> row : steps) {
            ExecutionContext context = context((String) row.get("context"));
            if (context == null) continue;
            if (IngestJobRunner.STEP_NAME.equals(row.get("step_name"))) counts = IngestCounts.from(context);
            else gone = context.getLong("ingest.gone", 0);
        }
        return counts == null ? null : "ingest: " + counts.withGone(gone).summary();
    }

    /** The stored context of step execution {@code id}, or null when it is missing or unreadable. */
    private static ExecutionContext storedContext(JdbcTemplate jdbc, long id) {
        List<String> stored = jdbc.queryForList("SELECT coalesce(serialized_context, short_context) "
                + "FROM batch_step_execution_context WHERE step_execution_id = ?", String.class, id);
        return stored.isEmpty() ? null : context(stored.get(0));
    }

    /** A stored step context, or null when it is missing or unreadable (the line is then left out). */
    private static ExecutionContext context(String stored) {
        if (stored == null) return null;
        try {
            return new ExecutionContext(SERIALIZER.deserialize(
                    new ByteArrayInputStream(stored.getBytes(StandardCharsets.UTF_8))));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
