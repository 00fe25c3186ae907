package org.oncoev.pipeline.scaleout;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oncoev.pipeline.cli.OncoevException;
import org.oncoev.pipeline.db.UnfinishedExecutions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the scale-out execution a rerun should restart and makes it restartable. An execution a killed manager
 * left running is first set STOPPING, so workers drop its queued requests and its running partitions stop at
 * their next chunk; then every partition still STARTING or STARTED is taken over only once it is stale: no live
 * worker holds its claim ({@link PartitionLock}) and its {@code last_updated} is older than {@code staleAfter}.
 * Those are marked FAILED (Spring Batch restarts a FAILED partition from its saved position but refuses a STARTED
 * one), and the job execution is marked failed ({@link JobOperator#recover}). Call it holding the batch lock.
 */
public final class PartitionRecovery {
    private static final Logger log = LoggerFactory.getLogger(PartitionRecovery.class);
    private static final List<String> LEFT_RUNNING = List.of("STARTING", "STARTED", "STOPPING", "UNKNOWN");
    private static final String RUNNING_STEPS = "SELECT step_execution_id FROM batch_step_execution WHERE job_execution_id = ? "
            + "AND status IN ('" + String.join("', '", LEFT_RUNNING) + "') ORDER BY step_execution_id";

    private final JdbcTemplate jdbc;
    private final JobRepository repository;
    private final JobOperator operator;
    private final Duration staleAfter;
    private final Duration wait;

    /** {@code wait}: how long to wait for live workers to let go of the execution's partitions before failing. */
    public PartitionRecovery(JdbcTemplate jdbc, JobRepository repository, JobOperator operator, Duration staleAfter,
                             Duration wait) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.operator = operator;
        this.staleAfter = staleAfter;
        this.wait = wait;
    }

    /** The last execution over {@code folders} when it did not complete, made restartable; else empty. */
    public Optional<JobExecution> unfinished(String jobName, String folders) throws InterruptedException {
        Optional<UnfinishedExecutions.Latest> last = UnfinishedExecutions.latest(jdbc, jobName, folders);
        if (last.isEmpty()) return Optional.empty();
        long id = last.get().executionId();
        String status = last.get().status();
        if (!LEFT_RUNNING.contains(status) && !status.equals("FAILED") && !status.equals("STOPPED")) return Optional.empty();
        JobExecution execution = repository.getJobExecution(id);
        if (execution == null) return Optional.empty();
        if (LEFT_RUNNING.contains(status) && execution.getStatus() != BatchStatus.STOPPING) {
            log.info("ingest: execution {} was left {} by a stopped manager; stopping its partitions", id, status);
            execution.setStatus(BatchStatus.STOPPING);
            repository.update(execution);
        }
        takeOverPartitions(id);
        if (LEFT_RUNNING.contains(status)) operator.recover(repository.getJobExecution(id));
        log.info("ingest: restarting execution {} of these folders", id);
        return Optional.of(repository.getJobExecution(id));
    }

    /** Waits until every running step of execution {@code id} is stale, then marks them FAILED. */
    private void takeOverPartitions(long id) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            List<StepExecution> running = running(id);
            if (running.isEmpty()) return;
            Set<Long> held = PartitionLock.held(jdbc);
            LocalDateTime staleBefore = LocalDateTime.now().minus(staleAfter);
            List<StepExecution> busy = new ArrayList<>();
            for (StepExecution s : running) {
                LocalDateTime updated = s.getLastUpdated() != null ? s.getLastUpdated() : s.getCreateTime();
                if (held.contains(s.getId()) || (updated != null && updated.isAfter(staleBefore))) busy.add(s);
            }
            if (busy.isEmpty()) {
                for (StepExecution s : running) {
                    s.setStatus(BatchStatus.FAILED);
                    s.setEndTime(LocalDateTime.now());
                    s.setExitStatus(s.getExitStatus().and(org.springframework.batch.core.ExitStatus.FAILED)
                            .addExitDescription("taken over by a rerun: its worker or manager had stopped"));
                    repository.update(s);
                }
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new OncoevException(busy.size() + " partition(s) of ingest execution " + id + " are still being run "
                        + "by live workers (e.g. step execution " + busy.get(0).getId() + "); rerun when they have finished");
            }
            Thread.sleep(Math.min(1000, Math.max(100, staleAfter.toMillis() / 4)));
        }
    }

    private List<StepExecution> running(long jobExecutionId) {
        List<StepExecution> out = new ArrayList<>();
        for (Long sid : jdbc.queryForList(RUNNING_STEPS, Long.class, jobExecutionId)) {
            StepExecution s = repository.getStepExecution(sid);
            if (s != null) out.add(s);
        }
        return out;
    }
}
