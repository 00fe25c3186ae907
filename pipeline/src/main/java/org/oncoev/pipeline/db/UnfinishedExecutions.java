package org.oncoev.pipeline.db;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the execution a rerun should restart: the last execution of a job over the same folders (job parameter
 * {@code folders}), when it did not complete. An execution a killed process left {@code STARTING}, {@code STARTED},
 * {@code STOPPING} or {@code UNKNOWN} is first marked failed with {@link JobOperator#recover}, so Spring Batch lets
 * it be restarted. Call it while holding the {@link JobLock}: then no other process is running that execution.
 */
public final class UnfinishedExecutions {
    private static final Logger log = LoggerFactory.getLogger(UnfinishedExecutions.class);
    private static final List<String> LEFT_RUNNING = List.of("STARTING", "STARTED", "STOPPING", "UNKNOWN");
    private static final List<String> RESTARTABLE = List.of("FAILED", "STOPPED");

    private UnfinishedExecutions() {}

    /** The last execution of a job over some folders: its id and status as the job repository holds it. */
    public record Latest(long executionId, String status) {}

    /** The last execution of {@code jobName} over {@code folders} (job parameter {@code folders}), if any. */
    public static Optional<Latest> latest(JdbcTemplate jdbc, String jobName, String folders) {
        List<Map<String, Object>> last = jdbc.queryForList("""
                SELECT e.job_execution_id, e.status
                FROM batch_job_execution e
                JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                JOIN batch_job_execution_params f ON f.job_execution_id = e.job_execution_id
                     AND f.parameter_name = 'folders' AND f.parameter_value = ?
                WHERE i.job_name = ? ORDER BY e.job_execution_id DESC LIMIT 1""", folders, jobName);
        if (last.isEmpty()) return Optional.empty();
        return Optional.of(new Latest(((Number) last.get(0).get("job_execution_id")).longValue(),
                String.valueOf(last.get(0).get("status"))));
    }

    /**
     * The last execution of {@code jobName} over {@code folders} when it failed, was stopped or was left running by
     * a killed process (then marked failed here); empty when there is none or it completed or was abandoned.
     */
    public static Optional<JobExecution> last(JdbcTemplate jdbc, JobRepository repository, JobOperator operator,
                                              String jobName, String folders) {
        Optional<Latest> latest = latest(jdbc, jobName, folders);
        if (latest.isEmpty()) return Optional.empty();
        long executionId = latest.get().executionId();
        String status = latest.get().status();
        JobExecution execution = repository.getJobExecution(executionId);
        if (execution == null) return Optional.empty();
        if (LEFT_RUNNING.contains(status)) {
            log.info("{}: execution {} was left {} by a stopped process; marking it failed", jobName, executionId, status);
            operator.recover(execution);
            status = "FAILED";
        }
        if (!RESTARTABLE.contains(status)) return Optional.empty();
        log.info("{}: restarting execution {} of these folders", jobName, executionId);
        return Optional.of(execution);
    }
}
