package org.oncoev.pipeline.scaleout;

import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.oncoev.pipeline.ingest.GoneFiles;
import org.oncoev.pipeline.ingest.IngestCounts;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counts of a scale-out ingest, summed over its job instance: the plan step (files unchanged by path, size and
 * mtime), the latest execution of every partition (each continues its own counts when restarted) and the mark-gone
 * step. A restart therefore reports the whole run, as the single-JVM job does.
 */
public final class ScaleOutCounts {
    private ScaleOutCounts() {}

    /** The totals of the job instance of execution {@code jobExecutionId}; null when it has no plan step. */
    public static IngestCounts of(JdbcTemplate jdbc, JobRepository repository, long jobExecutionId) {
        return of(jdbc, id -> {
            StepExecution s = repository.getStepExecution(id);
            return s == null ? null : s.getExecutionContext();
        }, jobExecutionId);
    }

    /**
     * As {@link #of(JdbcTemplate, JobRepository, long)}, reading each step's context through {@code contexts} (step
     * execution id to its context, null when missing), so a caller without a job repository can use it.
     */
    public static IngestCounts of(JdbcTemplate jdbc, LongFunction<ExecutionContext> contexts, long jobExecutionId) {
        List<Map<String, Object>> steps = jdbc.queryForList("""
                SELECT DISTINCT ON (s.step_name) s.step_execution_id, s.step_name
                FROM batch_step_execution s JOIN batch_job_execution j ON j.job_execution_id = s.job_execution_id
                WHERE j.job_instance_id = (SELECT job_instance_id FROM batch_job_execution WHERE job_execution_id = ?)
                  AND j.job_execution_id <= ?
                  AND (s.step_name = ? OR s.step_name = ? OR s.step_name LIKE ?)
                ORDER BY s.step_name, s.step_execution_id DESC""", jobExecutionId, jobExecutionId,
                ManifestPlan.STEP_NAME, GoneFiles.STEP_NAME, WorkerSteps.STEP_NAME + ":%");
        IngestCounts total = null;
        long gone = 0;
        for (Map<String, Object> step : steps) {
            ExecutionContext context = contexts.apply(((Number) step.get("step_execution_id")).longValue());
            if (context == null) continue;
            if (GoneFiles.STEP_NAME.equals(step.get("step_name"))) {
                gone = context.getLong(GoneFiles.COUNT_KEY, 0);
                continue;
            }
            if (total == null) total = new IngestCounts();
            total.add(IngestCounts.from(context));
        }
        return total == null ? null : total.withGone(gone);
    }
}
