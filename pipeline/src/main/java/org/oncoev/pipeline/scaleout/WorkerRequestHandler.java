package org.oncoev.pipeline.scaleout;

import java.sql.SQLException;
import java.time.Duration;
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
 * execution is no longer running (a request left in the queue by a killed or failed run), or when the partition is
 * no longer STARTING or STARTED (already COMPLETED, or FAILED/STOPPED by a recovery). A claim another session still
 * holds (a redelivery while the worker whose channel closed is still ending) is waited for, then the request is
 * requeued rather than dropped. Otherwise Spring Batch's
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
    private final Duration claimWait;

    /** {@code claimWait}: how long a request waits for another session's claim on its partition to go. */
    public WorkerRequestHandler(JdbcTemplate jdbc, StepExecutionRequestHandler delegate, WorkerHeartbeat heartbeat,
                                Duration claimWait) {
        this.claimWait = claimWait;
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
        try (PartitionLock claim = claim(id)) {
            if (claim == null) return; // the partition ended meanwhile
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

    /**
     * The claim on partition {@code id}. While another session holds it (a worker whose channel closed but whose JVM
     * is still ending, so the broker already redelivered its request), waits up to {@code claimWait} for it to go;
     * null when the partition has ended meanwhile (the request is dropped). A claim still held after the wait throws,
     * so the broker requeues the request (counted against its delivery limit): dropping it could leave the partition
     * STARTED with no request anywhere.
     */
    private PartitionLock claim(long id) throws SQLException {
        long deadline = System.nanoTime() + claimWait.toNanos();
        while (true) {
            PartitionLock claim = PartitionLock.tryTake(dataSource, id);
            if (claim != null) return claim;
            String stale = staleReason(id);
            if (stale != null) {
                log.info("worker: dropping stale request for partition {}: {}", id, stale);
                return null;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("partition " + id + " is still claimed by another worker after "
                        + claimWait.toSeconds() + " s; the request goes back to the broker");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for the claim on partition " + id, e);
            }
        }
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
