package org.oncoev.pipeline.scaleout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.oncoev.pipeline.cli.OncoevException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The manager's side of remote partitioning: sends one request per partition ({@link PartitionRequest}) to the
 * request channel (the broker's queue), then polls the job repository every {@code pollInterval} until no partition
 * is STARTING or STARTED, and returns their step executions for Spring Batch to aggregate.
 *
 * <p>It does not wait for ever: it fails with a one-line {@link OncoevException} when no worker has been live for
 * {@code answerTimeout} while partitions remain, when a request of this run reached the broker's delivery limit
 * (it failed on every worker that took it: {@code deadLetters} hands it back), or when {@code timeout} (if
 * positive) has passed. The requests then left in the queue are dropped by the workers' guard, and a rerun
 * continues the job.
 */
public final class WorkerPartitionHandler extends AbstractPartitionHandler {
    private static final Logger log = LoggerFactory.getLogger(WorkerPartitionHandler.class);

    /** The step execution ids of requests the broker gave up on (its dead-letter queue), drained by each call. */
    public interface DeadLetters extends Supplier<List<Long>> {}

    private final MessageChannel requests;
    private final JobRepository repository;
    private final JdbcTemplate jdbc;
    private final WorkerRegistry workers;
    private final DeadLetters deadLetters;
    private final Duration pollInterval;
    private final Duration answerTimeout;
    private final Duration timeout;

    public WorkerPartitionHandler(MessageChannel requests, JobRepository repository, JdbcTemplate jdbc,
                                  WorkerRegistry workers, DeadLetters deadLetters, Duration pollInterval,
                                  Duration answerTimeout, Duration timeout) {
        this.requests = requests;
        this.repository = repository;
        this.jdbc = jdbc;
        this.workers = workers;
        this.deadLetters = deadLetters;
        this.pollInterval = pollInterval;
        this.answerTimeout = answerTimeout;
        this.timeout = timeout;
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution managerStep, Set<StepExecution> partitions) throws Exception {
        if (partitions.isEmpty()) return partitions;
        List<Long> ids = new ArrayList<>();
        for (StepExecution p : partitions) {
            ids.add(p.getId());
            requests.send(MessageBuilder.withPayload(new PartitionRequest(WorkerSteps.STEP_NAME, p.getId()).text())
                    .setHeader("contentType", "text/plain").build());
        }
        log.info("ingest: {} partition(s) sent to the workers", ids.size());
        long start = System.nanoTime();
        long lastLive = start;
        long lastReport = start;
        while (true) {
            Thread.sleep(pollInterval.toMillis());
            Map<String, Long> byStatus = statuses(ids);
            long running = byStatus.getOrDefault("STARTING", 0L) + byStatus.getOrDefault("STARTED", 0L)
                    + byStatus.getOrDefault("STOPPING", 0L);
            if (running == 0) break;
            long now = System.nanoTime();
            int live = workers.liveCount();
            if (live > 0) lastLive = now;
            else if (now - lastLive > answerTimeout.toNanos()) {
                throw new OncoevException("no worker answered for " + answerTimeout.toSeconds() + " s with " + running
                        + " of " + ids.size() + " partitions unfinished: start `oncoev worker` (same database and broker) "
                        + "and rerun this command to continue");
            }
            Set<Long> dead = new HashSet<>(deadLetters.get());
            dead.retainAll(new HashSet<>(ids));
            if (!dead.isEmpty()) {
                throw new OncoevException("partition(s) " + dead + " reached the broker's delivery limit (every worker "
                        + "that took them died or failed before finishing; see the workers' logs); rerun to continue");
            }
            if (timeout.toNanos() > 0 && now - start > timeout.toNanos()) {
                throw new OncoevException("the partitions did not finish within " + timeout.toMinutes() + " min ("
                        + running + " of " + ids.size() + " unfinished; oncoev.scale-out.timeout); rerun to continue");
            }
            if (now - lastReport > Duration.ofSeconds(30).toNanos()) {
                log.info("ingest: {} of {} partitions finished, {} worker(s) live", ids.size() - running, ids.size(), live);
                lastReport = now;
            }
        }
        Set<StepExecution> result = new LinkedHashSet<>();
        for (long id : ids) result.add(repository.getStepExecution(id));
        return result;
    }

    /** Partition count by status. */
    private Map<String, Long> statuses(List<Long> ids) {
        Map<String, Long> out = new java.util.HashMap<>();
        jdbc.query("SELECT status, count(*) FROM batch_step_execution WHERE step_execution_id = ANY (?) GROUP BY status",
                rs -> { out.put(rs.getString(1), rs.getLong(2)); }, (Object) ids.toArray(new Long[0]));
        return out;
    }
}
