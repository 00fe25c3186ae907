package org.oncoev.pipeline.scaleout;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the latest scale-out ingest (the newest job instance of {@value ScaledIngestRunner#JOB_NAME}) stands, from
 * the job repository alone: its partitions by state (the latest step execution of each partition, so a restart's
 * partitions replace those they continue), the files they have read, the files its plan put on the to-do list, and
 * the live workers. For {@code status} and the metrics {@code serve} exposes ({@link ScaleOutMetrics}).
 *
 * @param jobExecutionId the instance's latest execution, or 0 when there has been no scale-out ingest
 * @param status         that execution's status, or "" when there is none
 */
public record ScaleOutProgress(long jobExecutionId, String status, long done, long running, long waiting, long failed,
                               long filesRead, long filesPlanned, int liveWorkers) {
    /** No scale-out ingest in this database. */
    public static final ScaleOutProgress NONE = new ScaleOutProgress(0, "", 0, 0, 0, 0, 0, 0, 0);

    /** All partitions of the run. */
    public long partitions() {
        return done + running + waiting + failed;
    }

    /** Planned files per partition (the partition size, the last partition aside), or 0 without partitions. */
    public double filesPerPartition() {
        return partitions() == 0 ? 0 : (double) filesPlanned / partitions();
    }

    /** The latest scale-out ingest's progress; {@link #NONE} (with the live workers) when there has been none. */
    public static ScaleOutProgress latest(JdbcTemplate jdbc, WorkerRegistry workers) {
        return latest(jdbc, workers.liveCount());
    }

    /** As {@link #latest(JdbcTemplate, WorkerRegistry)}, for a caller that has counted the live workers already. */
    public static ScaleOutProgress latest(JdbcTemplate jdbc, int live) {
        List<Map<String, Object>> last = jdbc.queryForList("""
                SELECT j.job_execution_id, j.status, j.job_instance_id FROM batch_job_execution j
                JOIN batch_job_instance i ON i.job_instance_id = j.job_instance_id
                WHERE i.job_name = ? ORDER BY j.job_execution_id DESC LIMIT 1""", ScaledIngestRunner.JOB_NAME);
        if (last.isEmpty()) return new ScaleOutProgress(0, "", 0, 0, 0, 0, 0, 0, live);
        long instance = ((Number) last.get(0).get("job_instance_id")).longValue();
        long[] byState = new long[4];
        long[] read = {0};
        jdbc.query("""
                SELECT status, count(*), coalesce(sum(read_count), 0) FROM (
                  SELECT DISTINCT ON (s.step_name) s.status, s.read_count
                  FROM batch_step_execution s JOIN batch_job_execution j ON j.job_execution_id = s.job_execution_id
                  WHERE j.job_instance_id = ? AND s.step_name LIKE ?
                  ORDER BY s.step_name, s.step_execution_id DESC) p
                GROUP BY status""", rs -> {
            int state = switch (rs.getString(1)) {
                case "COMPLETED" -> 0;
                case "STARTED", "STOPPING" -> 1;
                case "STARTING" -> 2;
                default -> 3; // FAILED, STOPPED, ABANDONED, UNKNOWN
            };
            byState[state] += rs.getLong(2);
            read[0] += rs.getLong(3);
        }, instance, WorkerSteps.STEP_NAME + ":%");
        List<Long> planned = jdbc.queryForList("""
                SELECT s.write_count FROM batch_step_execution s
                JOIN batch_job_execution j ON j.job_execution_id = s.job_execution_id
                WHERE j.job_instance_id = ? AND s.step_name = ? AND s.status = 'COMPLETED'
                ORDER BY s.step_execution_id DESC LIMIT 1""", Long.class, instance, ManifestPlan.STEP_NAME);
        return new ScaleOutProgress(((Number) last.get(0).get("job_execution_id")).longValue(),
                String.valueOf(last.get(0).get("status")), byState[0], byState[1], byState[2], byState[3], read[0],
                planned.isEmpty() ? 0 : planned.get(0), live);
    }
}
