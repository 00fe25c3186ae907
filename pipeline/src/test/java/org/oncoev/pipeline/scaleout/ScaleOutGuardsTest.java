package org.oncoev.pipeline.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevContext;
import org.oncoev.pipeline.cli.OncoevException;
import org.oncoev.pipeline.ingest.IngestFilter;
import org.springframework.boot.WebApplicationType;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The traps of remote partitioning, each on a real job repository: the workers' stale-request guard (table of job
 * and partition states), a request whose partition another live session holds (requeued after a wait, not
 * dropped), the takeover of partitions by a rerun
 * (only once no live worker holds them and they are stale), and the manager that must not wait for ever: no worker
 * at all, and workers that vanish with partitions unfinished (this one against the local RabbitMQ, on a queue of
 * its own; both runs in one manager context, as {@code ingest --workers 1} opens it, whose CLI prints the
 * {@link OncoevException} and exits 1); and a request that fails on every delivery (a worker that throws before
 * acknowledging it), which the quorum queue dead-letters at its delivery limit, so the manager fails naming it and
 * nothing is stored or left in a queue. Also the plan step's walk, streamed to PostgreSQL in batches, and the
 * latest run's partitions by state as {@code status} and the metrics show them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleOutGuardsTest {
    private static final String QUEUE = "oncoev.test.guards." + Long.toHexString(System.nanoTime());

    @TempDir
    static Path dir;
    TestDatabase db;
    ConfigurableApplicationContext ctx;
    JdbcTemplate jdbc;
    JobRepository repository;
    WorkerHeartbeat heartbeat;

    @BeforeAll
    void open() {
        db = TestDatabase.create();
        ctx = OncoevContext.open(GlobalOptions.of(db.url(), dir.resolve("home")));
        jdbc = ctx.getBean(JdbcTemplate.class);
        repository = ctx.getBean(JobRepository.class);
    }

    @AfterAll
    void close() throws Exception {
        if (heartbeat != null) heartbeat.close();
        if (ctx != null) ctx.close();
        if (db != null) db.close();
    }

    @ParameterizedTest(name = "job {0}, partition {1}: {2}")
    @CsvSource({
            "STARTED,   STARTING,  ",
            "STARTED,   STARTED,   ",
            "STARTING,  STARTING,  ",
            "STARTED,   COMPLETED, the partition is already COMPLETED",
            "STARTED,   FAILED,    the partition is already FAILED",
            "FAILED,    STARTING,  is FAILED",
            "FAILED,    STARTED,   is FAILED",
            "STOPPING,  STARTED,   is STOPPING",
            "COMPLETED, STARTING,  is COMPLETED",
            "ABANDONED, STARTED,   is ABANDONED"})
    void theGuardDropsRequestsOfEndedJobsAndPartitions(BatchStatus job, BatchStatus step, String reason) {
        StepExecution partition = partition(job, step);
        String why = guard().staleReason(partition.getId());
        if (reason == null) assertNull(why);
        else assertTrue(why != null && why.contains(reason), why);
    }

    @Test
    void aRequestForNoPartitionOrAHeldOneRunsNothing() throws Exception {
        assertEquals("no such partition in the job repository", guard().staleReason(987_654_321L));
        StepExecution partition = partition(BatchStatus.STARTED, BatchStatus.STARTED);
        try (PartitionLock held = PartitionLock.tryTake(jdbc.getDataSource(), partition.getId())) {
            assertTrue(held != null);
            assertTrue(PartitionLock.held(jdbc).contains(partition.getId()));
            assertNull(PartitionLock.tryTake(jdbc.getDataSource(), partition.getId()), "one claim at a time");
            // waits for the claim, then gives the request back to the broker (throws) rather than dropping it
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> guard().handle(new PartitionRequest(WorkerSteps.STEP_NAME, partition.getId()).text()));
            assertTrue(e.getMessage().contains("still claimed by another worker"), e.getMessage());
        }
        assertEquals(BatchStatus.STARTED, repository.getStepExecution(partition.getId()).getStatus());
        assertTrue(!PartitionLock.held(jdbc).contains(partition.getId()), "the claim ends with its owner");
    }

    @Test
    void aRerunTakesOverPartitionsOnlyWhenNoLiveWorkerHoldsThem() throws Exception {
        StepExecution partition = partition(BatchStatus.STARTED, BatchStatus.STARTED, "/papers/held");
        PartitionRecovery recovery = new PartitionRecovery(jdbc, repository, ctx.getBean(JobOperator.class),
                Duration.ofMillis(300), Duration.ofSeconds(2));
        try (PartitionLock held = PartitionLock.tryTake(jdbc.getDataSource(), partition.getId())) {
            OncoevException e = assertThrows(OncoevException.class,
                    () -> recovery.unfinished(ScaledIngestRunner.JOB_NAME, "/papers/held"));
            assertTrue(e.getMessage().contains("still being run by live workers"), e.getMessage());
            assertEquals(BatchStatus.STARTED, repository.getStepExecution(partition.getId()).getStatus());
        }
        JobExecution restartable = recovery.unfinished(ScaledIngestRunner.JOB_NAME, "/papers/held").orElseThrow();
        assertEquals(BatchStatus.FAILED, restartable.getStatus());
        assertEquals(BatchStatus.FAILED, repository.getStepExecution(partition.getId()).getStatus());
    }

    @Test
    void theManagerFailsClearlyWithoutWorkers() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("papers"));
        Files.writeString(folder.resolve("a.md"), "# A trial\n\nThe median overall survival was 12.1 months.\n");
        Map<String, String> settings = Map.of("oncoev.broker.queue", QUEUE, "oncoev.scale-out.worker-wait", "1s",
                "oncoev.scale-out.answer-timeout", "1s", "oncoev.scale-out.stale-after", "500ms",
                "oncoev.scale-out.poll-interval", "100ms");
        if (heartbeat != null) heartbeat.close(); // no live worker from the guard tests
        heartbeat = null;
        CachingConnectionFactory broker = new CachingConnectionFactory("127.0.0.1", 5672);
        Map<String, Object> props = new HashMap<>(settings);
        props.put("oncoev.scale-out.role", "manager"); // as `ingest --workers 1`; one manager context for both runs
        try (ConfigurableApplicationContext manager = OncoevContext.open(GlobalOptions.of(db.url(), dir.resolve("manager")),
                WebApplicationType.NONE, props)) {
            ScaledIngestRunner runner = manager.getBean(ScaledIngestRunner.class);
            OncoevException none = assertThrows(OncoevException.class,
                    () -> runner.run(List.of(folder), IngestFilter.DEFAULT, 1));
            assertTrue(none.getMessage().contains("waited 1 s for 1 worker(s), 0 live")
                    || none.getMessage().contains("cannot reach the broker"), none.getMessage());
            if (none.getMessage().contains("cannot reach the broker")) return; // no RabbitMQ here: the rest needs one
            // a worker that is live until the partition is sent, then vanishes with it unfinished
            long before = count("SELECT count(*) FROM batch_step_execution WHERE step_name LIKE 'ingest-partition:%'");
            Thread beating = new Thread(() -> {
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (System.nanoTime() < deadline && count("SELECT count(*) FROM batch_step_execution "
                        + "WHERE step_name LIKE 'ingest-partition:%'") == before) {
                    jdbc.update("INSERT INTO ingest_workers (worker_id, host, pid, threads) VALUES ('gone', 'nowhere', 1, 1) "
                            + "ON CONFLICT (worker_id) DO UPDATE SET last_seen = now()");
                    try {
                        Thread.sleep(100); // a heartbeat's period, not a wait for a condition
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            beating.start();
            OncoevException vanished = assertThrows(OncoevException.class,
                    () -> runner.run(List.of(folder), IngestFilter.DEFAULT, 1));
            beating.interrupt();
            assertTrue(vanished.getMessage().contains("no worker answered for 1 s with 1 of 1 partitions unfinished"),
                    vanished.getMessage());
        } finally {
            deleteQueues(broker, QUEUE);
        }
    }

    @Test
    void aRequestThatKeepsFailingIsDeadLetteredAndTheJobFailsClearly() throws Exception {
        String queue = "oncoev.test.limit." + Long.toHexString(System.nanoTime());
        Path folder = Files.createDirectories(dir.resolve("limit"));
        Files.writeString(folder.resolve("b.md"), "# A trial\n\nThe objective response rate was 31%.\n");
        Map<String, Object> props = new HashMap<>(Map.of("oncoev.broker.queue", queue, "oncoev.broker.delivery-limit", "2",
                "oncoev.scale-out.worker-wait", "5s", "oncoev.scale-out.answer-timeout", "60s",
                "oncoev.scale-out.poll-interval", "100ms", "oncoev.scale-out.role", "manager"));
        CachingConnectionFactory broker = new CachingConnectionFactory("127.0.0.1", 5672);
        RabbitAdmin admin = new RabbitAdmin(broker);
        SimpleMessageListenerContainer failing = null;
        try (ConfigurableApplicationContext manager = OncoevContext.open(GlobalOptions.of(db.url(), dir.resolve("limit-home")),
                WebApplicationType.NONE, props)) {
            try {
                manager.getBean(RabbitAdmin.class).initialize(); // declares the quorum queue and its dead-letter queue
            } catch (RuntimeException e) {
                Assumptions.abort("no RabbitMQ at 127.0.0.1:5672: " + e.getMessage());
            }
            // a live worker whose every attempt at the request fails before acknowledging it
            jdbc.update("INSERT INTO ingest_workers (worker_id, host, pid, threads) VALUES ('failing', 'here', 2, 1) "
                    + "ON CONFLICT (worker_id) DO UPDATE SET last_seen = now()");
            AtomicInteger deliveries = new AtomicInteger();
            failing = new SimpleMessageListenerContainer(broker);
            failing.setQueueNames(queue);
            failing.setPrefetchCount(1);
            failing.setDefaultRequeueRejected(true);
            failing.setMessageListener(m -> {
                deliveries.incrementAndGet();
                throw new IllegalStateException("this worker fails every request");
            });
            failing.start();
            long documentsBefore = count("SELECT count(*) FROM documents");
            OncoevException e = assertThrows(OncoevException.class, () -> manager.getBean(ScaledIngestRunner.class)
                    .run(List.of(folder), IngestFilter.DEFAULT, 1));
            assertTrue(e.getMessage().contains("reached the broker's delivery limit"), e.getMessage());
            assertTrue(e.getMessage().contains("rerun"), e.getMessage());
            failing.stop();
            assertTrue(deliveries.get() >= 2 && deliveries.get() <= 3, "delivered " + deliveries + " times, limit 2");
            assertEquals(0, admin.getQueueInfo(queue).getMessageCount(), "the request left the request queue");
            assertEquals(0, admin.getQueueInfo(queue + ".dead").getMessageCount(), "the manager took it from the dead letters");
            assertEquals(documentsBefore, count("SELECT count(*) FROM documents"), "nothing was stored");
            assertEquals("FAILED", jdbc.queryForObject("SELECT status FROM batch_job_execution WHERE job_execution_id = "
                    + "(SELECT max(job_execution_id) FROM batch_job_execution)", String.class));
            assertEquals(0L, count("SELECT count(*) FROM batch_step_execution WHERE step_name LIKE 'ingest-partition:%' "
                    + "AND status = 'COMPLETED' AND job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)"),
                    "the partition never ran");
        } finally {
            if (failing != null) failing.stop();
            jdbc.update("DELETE FROM ingest_workers WHERE worker_id = 'failing'");
            deleteQueues(broker, queue);
        }
    }

    @Test
    void thePlanStreamsTheWalkInBatchesAndNumbersEachPathOnceInPathOrder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plan"));
        for (String name : List.of("c.md", "a.md", "sub/e.md", "sub/d.md", "b.md", ".hidden.md")) {
            Files.createDirectories(folder.resolve(name).getParent());
            Files.writeString(folder.resolve(name), "# A trial\n\nThe median age was 61 years.\n");
        }
        long instance = 700_000 + System.nanoTime() % 100_000;
        // the sub-folder twice (overlapping roots) and batches of two rows: five files, each once
        ManifestPlan plan = new ManifestPlan(List.of(folder.resolve("sub"), folder), name -> name.endsWith(".md"), jdbc,
                ctx.getBean(PlatformTransactionManager.class), 2);
        long[] counts = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class)).execute(tx -> plan.plan(instance));
        assertEquals(List.of(5L, 0L, 5L), List.of(counts[0], counts[1], counts[2]), "found, unchanged, to do");
        List<String> manifest = jdbc.queryForList("SELECT ordinal || ' ' || source_path FROM ingest_manifest "
                + "WHERE job_instance_id = ? ORDER BY ordinal", String.class, instance);
        String root = folder.toAbsolutePath().normalize() + "/";
        assertEquals(List.of("0 " + root + "a.md", "1 " + root + "b.md", "2 " + root + "c.md", "3 " + root + "sub/d.md",
                "4 " + root + "sub/e.md"), manifest);
        jdbc.update("DELETE FROM ingest_manifest WHERE job_instance_id = ?", instance);
    }

    @Test
    void statusAndMetricsCountTheLatestRunsPartitionsByState() {
        JobParameters params = new JobParametersBuilder().addString("folders", "/papers/progress")
                .addLong("run", System.nanoTime()).toJobParameters();
        JobInstance instance = repository.createJobInstance(ScaledIngestRunner.JOB_NAME, params);
        JobExecution execution = repository.createJobExecution(instance, params, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        repository.update(execution);
        step(execution, ManifestPlan.STEP_NAME, BatchStatus.COMPLETED, 0, 40);
        step(execution, WorkerSteps.STEP_NAME + ":partition-00000", BatchStatus.COMPLETED, 12, 12);
        step(execution, WorkerSteps.STEP_NAME + ":partition-00001", BatchStatus.STARTED, 5, 3);
        step(execution, WorkerSteps.STEP_NAME + ":partition-00002", BatchStatus.STARTING, 0, 0);
        step(execution, WorkerSteps.STEP_NAME + ":partition-00003", BatchStatus.FAILED, 2, 0);
        ScaleOutProgress p = ScaleOutProgress.latest(jdbc, new WorkerRegistry(jdbc, Duration.ofSeconds(30)));
        assertEquals(List.of(execution.getId(), 1L, 1L, 1L, 1L, 19L, 40L),
                List.of(p.jobExecutionId(), p.done(), p.running(), p.waiting(), p.failed(), p.filesRead(), p.filesPlanned()));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new ScaleOutMetrics(jdbc, Duration.ofSeconds(30), Duration.ZERO).bindTo(registry);
        for (String state : List.of("done", "running", "waiting", "failed")) {
            assertEquals(1.0, registry.get("oncoev.scaleout.partitions").tag("state", state).gauge().value(), state);
        }
        assertEquals(10.0, registry.get("oncoev.scaleout.files.per.partition").gauge().value());
        assertEquals(19.0, registry.get("oncoev.scaleout.files.read").gauge().value());
        String status = ScaleOutStatus.render(jdbc);
        assertTrue(status.contains("scale-out ingest (job execution " + execution.getId() + ", STARTED): partitions 1 done, "
                + "1 running, 1 waiting, 1 failed or stopped; 19 of 40 planned files read, 10 files per partition"), status);
        execution.setStatus(BatchStatus.FAILED); // not the latest running one for the other tests
        repository.update(execution);
    }

    private void step(JobExecution execution, String name, BatchStatus status, long read, long written) {
        StepExecution s = repository.createStepExecution(name, execution);
        s.setStatus(status);
        s.setReadCount(read);
        s.setWriteCount(written);
        repository.update(s);
    }

    /** Deletes {@code queue} and its dead-letter queue, then closes {@code broker}. */
    private static void deleteQueues(CachingConnectionFactory broker, String queue) {
        RabbitAdmin admin = new RabbitAdmin(broker);
        try {
            admin.deleteQueue(queue);
            admin.deleteQueue(queue + ".dead");
        } catch (RuntimeException e) {
            // no broker: nothing was declared
        }
        broker.destroy();
    }

    private WorkerRequestHandler guard() {
        StepExecutionRequestHandler never = new StepExecutionRequestHandler();
        never.setJobRepository(repository);
        never.setStepLocator(name -> {
            throw new AssertionError("a dropped request must not run a step");
        });
        if (heartbeat == null) heartbeat = new WorkerHeartbeat(new WorkerRegistry(jdbc, Duration.ofSeconds(30)), 1,
                Duration.ofMinutes(1));
        return new WorkerRequestHandler(jdbc, never, heartbeat, Duration.ofMillis(300));
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private StepExecution partition(BatchStatus job, BatchStatus step) {
        return partition(job, step, "/papers/" + System.nanoTime());
    }

    /** A scale-out job execution over {@code folders} in state {@code job} with one partition in state {@code step}. */
    private StepExecution partition(BatchStatus job, BatchStatus step, String folders) {
        JobParameters params = new JobParametersBuilder().addString("folders", folders).addLong("run", System.nanoTime())
                .toJobParameters();
        JobInstance instance = repository.createJobInstance(ScaledIngestRunner.JOB_NAME, params);
        JobExecution execution = repository.createJobExecution(instance, params, new ExecutionContext());
        execution.setStatus(job);
        repository.update(execution);
        StepExecution partition = repository.createStepExecution(WorkerSteps.STEP_NAME + ":partition-00000", execution);
        partition.setStatus(step);
        repository.update(partition);
        return partition;
    }
}
