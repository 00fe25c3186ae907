package org.oncoev.pipeline.scaleout;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs one partition request on this worker, behind the stale-request guard: first the partition's claim
 * ({@link PartitionLock}) is taken, then the request is dropped (acknowledged without running anything) when its job
 * execution is no longer running (a request left in the queue by a killed or failed run), when the partition is no
 * longer STARTING or STARTED (already COMPLETED, or FAILED/STOPPED by a recovery), or when another live worker holds
 * its claim (a duplicate delivery: that worker's own delivery is still unacknowledged). Otherwise Spring Batch's
 * {@link StepExecutionRequestHandler} executes the step: a partition left STARTED by a dead worker resumes from its
 * saved position. Returns when the step has ended, so the message is acknowledged after the step. A database
 * failure before the step throws, so the broker redelivers the request (up to its delivery limit).
 */
public final class WorkerRequestHandler {
    private static final Logger log = LoggerFactory.getLogger(WorkerRequestHandler.class);
    private static final List<String> RUNNING = List.of("STARTING", "STARTED");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final StepExecutionRequestHandler delegate;
    private final WorkerHeartbeat heartbeat;
    private volatile PartitionLock current;

    public WorkerRequestHandler(JdbcTemplate jdbc, StepExecutionRequestHandler delegate, WorkerHeartbeat heartbeat) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
        this.delegate = delegate;
        this.heartbeat = heartbeat;
    }

    /** Handles one message payload (the request's text). */
    public void handle(Object payload) throws SQLException {
        PartitionRequest request = PartitionRequest.parse(payload);
        if (request == null || !WorkerSteps.STEP_NAME.equals(request.stepName())) {
            log.warn("worker: dropping a message that is no partition request: {}", payload);
            return;
        }
        long id = request.stepExecutionId();
        try (PartitionLock claim = PartitionLock.tryTake(dataSource, id)) {
            if (claim == null) {
                log.info("worker: dropping request for partition {}: another live worker is running it", id);
                return;
            }
            String stale = staleReason(id);
            if (stale != null) {
                log.info("worker: dropping stale request for partition {}: {}", id, stale);
                return;
            }
            heartbeat.working(id);
            current = claim;
            try {
                StepExecution done = delegate.handle(new StepExecutionRequest(request.stepName(), id));
                log.info("worker: partition {} ({}) {}: {} read, {} written", id, done.getExecutionContext()
                        .getLong(ManifestPartitioner.FROM_KEY, -1), done.getStatus(), done.getReadCount(),
                        done.getWriteCount());
            } finally {
                current = null;
                heartbeat.working(null);
            }
        }
    }

    /**
     * Lets go of the claim on the partition this worker is running, if any: a stopping worker whose step has
     * stopped at a chunk boundary, so that the worker the broker gives the request to next may run it at once.
     */
    public void releaseClaim() {
        PartitionLock claim = current;
        if (claim != null) claim.close();
    }

    /** Why the request for step execution {@code id} must not run, or null when it may. */
    String staleReason(long id) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT s.status AS step, j.status AS job, j.job_execution_id AS je "
                + "FROM batch_step_execution s JOIN batch_job_execution j ON j.job_execution_id = s.job_execution_id "
                + "WHERE s.step_execution_id = ?", id);
        if (rows.isEmpty()) return "no such partition in the job repository";
        String job = String.valueOf(rows.get(0).get("job"));
        String step = String.valueOf(rows.get(0).get("step"));
        if (!RUNNING.contains(job)) return "its job execution " + rows.get(0).get("je") + " is " + job;
        if (!RUNNING.contains(step)) return "the partition is already " + step;
        return null;
    }
}
