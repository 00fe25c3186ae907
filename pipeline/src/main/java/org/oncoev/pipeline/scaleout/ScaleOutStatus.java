package org.oncoev.pipeline.scaleout;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scale-out part of {@code oncoev status}: live workers (heartbeat younger than 30 s) with the partition each
 * runs, the latest scale-out ingest's partitions by state when it has not completed ({@link ScaleOutProgress}), and
 * the partitions of running scale-out executions that are in progress (with the rows read and written so
 * far, and whether a live worker holds them). Empty when there are neither; read from PostgreSQL only, so
 * {@code status} needs no broker.
 */
public final class ScaleOutStatus {
    private static final Duration LIVE = Duration.ofSeconds(30);

    private ScaleOutStatus() {}

    public static String render(JdbcTemplate jdbc) {
        StringBuilder out = new StringBuilder();
        List<WorkerRegistry.Worker> workers = new WorkerRegistry(jdbc, LIVE).live();
        if (!workers.isEmpty()) {
            out.append(String.format("%nlive workers: %d%n", workers.size()));
            for (WorkerRegistry.Worker w : workers) {
                out.append(String.format("  %s  %d thread%s, up since %s, seen %d s ago, %s%n", w.id(), w.threads(),
                        w.threads() == 1 ? "" : "s", w.startedAt(), w.secondsSinceSeen(),
                        w.stepExecutionId() == null ? "idle" : "running partition " + w.stepExecutionId()));
            }
        }
        ScaleOutProgress progress = ScaleOutProgress.latest(jdbc, workers.size()); // the workers just read
        if (progress.jobExecutionId() > 0 && !"COMPLETED".equals(progress.status())) {
            out.append(String.format("%nscale-out ingest (job execution %d, %s): partitions %d done, %d running, %d waiting, "
                    + "%d failed or stopped; %d of %d planned files read, %.0f files per partition%n",
                    progress.jobExecutionId(), progress.status(), progress.done(), progress.running(), progress.waiting(),
                    progress.failed(), progress.filesRead(), progress.filesPlanned(), progress.filesPerPartition()));
        }
        List<Map<String, Object>> partitions = jdbc.queryForList("""
                SELECT s.step_execution_id, s.step_name, s.status, s.read_count, s.write_count, s.job_execution_id
                FROM batch_step_execution s JOIN batch_job_execution j ON j.job_execution_id = s.job_execution_id
                WHERE s.step_name LIKE ? AND s.status IN ('STARTING', 'STARTED') AND j.status IN ('STARTING', 'STARTED')
                ORDER BY s.step_execution_id""", WorkerSteps.STEP_NAME + ":%");
        long started = partitions.stream().filter(p -> "STARTED".equals(p.get("status"))).count();
        if (!partitions.isEmpty()) {
            Set<Long> held = PartitionLock.held(jdbc);
            out.append(String.format("%npartitions in progress: %d running, %d waiting for a worker%n", started,
                    partitions.size() - started));
            for (Map<String, Object> p : partitions) {
                if (!"STARTED".equals(p.get("status"))) continue;
                long id = ((Number) p.get("step_execution_id")).longValue();
                out.append(String.format("  %s (step execution %d, job execution %s): %s read, %s written%s%n",
                        p.get("step_name"), id, p.get("job_execution_id"), p.get("read_count"), p.get("write_count"),
                        held.contains(id) ? "" : " (no live worker holds it)"));
            }
        }
        return out.toString();
    }
}
