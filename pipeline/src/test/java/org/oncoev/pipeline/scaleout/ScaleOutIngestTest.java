package org.oncoev.pipeline.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.ingest.ChildOncoev;
import org.oncoev.pipeline.ingest.CliRun;
import org.oncoev.pipeline.ingest.GeneratedPapers;
import org.oncoev.pipeline.ingest.IngestState;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * Scale-out ingest against the local RabbitMQ and PostgreSQL: two worker JVMs (child processes, so they can be
 * SIGKILLed) and a manager ingest 60 generated papers and two bad files (six partitions of up to 12 files, chunks of
 * 3), and must leave exactly the rows, facts,
 * issues and index entries of one single-JVM ingest of the same folder; then the same with a worker killed -9
 * mid-partition, and with the manager killed -9 mid-job, a stale request (a completed partition's) put in the queue,
 * and a rerun (there the summary may count a file whose chunk was stored but not yet recorded as unchanged on the
 * rerun, as for the single-JVM job; the stored state must be the same); and a worker stopped with SIGTERM
 * mid-partition, which leaves it at a chunk boundary for the other worker (the run completes without a rerun). One database for the class: the single-JVM
 * reference run fills it while the workers start, and each test starts from it emptied, with an empty index; waits
 * poll conditions (no fixed sleeps). The queue is this class's own and deleted after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the worker killed last is not replaced: one JVM start less
class ScaleOutIngestTest {
    private static final int PAPERS = 60;
    private static final String QUEUE = "oncoev.test.requests." + Long.toHexString(System.nanoTime());
    /** Settings of the manager and the workers: small partitions and chunks, quick heartbeats and stale limits. */
    private static final Map<String, String> SETTINGS = Map.of(
            "oncoev.broker.queue", QUEUE,
            "oncoev.scale-out.partition-size", "12",
            "oncoev.scale-out.poll-interval", "200ms",
            "oncoev.scale-out.heartbeat", "250ms",
            "oncoev.scale-out.stale-after", "2s",
            "oncoev.scale-out.answer-timeout", "60s",
            "oncoev.scale-out.worker-wait", "120s",
            "oncoev.ingest.chunk-size", "3",
            "oncoev.ingest.threads", "1");

    private static final String COMPLETED_PARTITIONS = "SELECT count(*) FROM batch_step_execution "
            + "WHERE step_name LIKE 'ingest-partition:%' AND status = 'COMPLETED'";
    /** A partition with a chunk or more written and more to read, and the worker that holds it. */
    private static final String HOLDER = "SELECT w.pid, s.step_execution_id FROM ingest_workers w JOIN batch_step_execution s "
            + "ON s.step_execution_id = w.step_execution_id WHERE s.status = 'STARTED' AND s.write_count >= 3 "
            + "AND s.read_count < 9 LIMIT 1";
    /** The child JVMs' output, kept after the test (target/ of the module). */
    private static final Path LOGS = Path.of("target", "scaleout-test");

    @TempDir
    static Path dir;
    Path corpus;
    Path home;
    Map<String, Object> cleanState;
    String cleanSummary;
    TestDatabase db;
    JdbcTemplate jdbc;
    SingleConnectionDataSource polling;
    final List<Process> workers = new ArrayList<>();
    CachingConnectionFactory broker;

    @BeforeAll
    void singleJvmRunAndWorkers() throws Exception {
        broker = new CachingConnectionFactory("127.0.0.1", 5672);
        try {
            broker.createConnection().close();
        } catch (RuntimeException e) {
            Assumptions.abort("no RabbitMQ at 127.0.0.1:5672: " + e.getMessage());
        }
        corpus = dir.resolve("corpus");
        GeneratedPapers.write(corpus.resolve("papers"), PAPERS);
        Files.write(corpus.resolve("empty.md"), new byte[0]);
        Files.write(corpus.resolve("binary.txt"), new byte[] {'a', 0, 'b', 0});
        db = TestDatabase.create();
        polling = new SingleConnectionDataSource(db.url(), true);
        jdbc = new JdbcTemplate(polling);
        home = dir.resolve("manager-home");
        startWorker(); // the workers start while the single-JVM reference run goes on
        startWorker();
        // the reference: a single-JVM ingest into the same database (the idle workers take no part), emptied after
        Path singleHome = dir.resolve("single-home");
        CliRun run = CliRun.of("ingest", "--show", "0", "--db-url", db.url(), "--home", singleHome.toString(),
                corpus.toString());
        assertEquals(0, run.code(), run.err());
        cleanSummary = summary(run.out());
        cleanState = IngestState.of(jdbc, singleHome);
        assertEquals((long) PAPERS, cleanState.get("current documents"));
        SETTINGS.forEach(System::setProperty); // for the managers run in this JVM
        await("two live workers", 120, () -> liveWorkers() >= 2);
    }

    @AfterAll
    void stop() throws Exception {
        SETTINGS.keySet().forEach(System::clearProperty);
        for (Process p : workers) p.destroyForcibly();
        for (Process p : workers) p.waitFor(20, TimeUnit.SECONDS);
        if (broker != null) {
            RabbitAdmin admin = new RabbitAdmin(broker);
            admin.deleteQueue(QUEUE);
            admin.deleteQueue(QUEUE + ".dead");
            broker.destroy();
        }
        if (polling != null) polling.destroy();
        if (db != null) db.close();
    }

    @Test
    @Order(1)
    void twoWorkersStoreWhatOneJvmStores() throws Exception {
        reset();
        CliRun run = manager();
        assertEquals(0, run.code(), run.err());
        assertEquals(cleanSummary, summary(run.out()));
        assertEquals(List.of(), IngestState.differences(cleanState, IngestState.of(jdbc, home)));
        assertEquals(6L, count("SELECT count(*) FROM batch_step_execution WHERE step_name LIKE 'ingest-partition:%' "
                + "AND status = 'COMPLETED'"), "six partitions of 12 files (62 files), each run once");
        assertEquals(0L, count("SELECT count(*) FROM ingest_manifest"), "the manifest is deleted with the completed job");
    }

    @Test
    @Order(2)
    void aManagerKilledMidJobThenRerunWithAStaleRequestQueuedEndsClean() throws Exception {
        reset();
        Map<String, String> env = OncoevProcess.environment(SETTINGS);
        Process manager = ChildOncoev.start(LOGS.resolve("manager.out"), LOGS.resolve("manager.err"), env, "ingest",
                "--workers", "2", "--show", "0", "--db-url", db.url(), "--home", home.toString(), corpus.toString());
        String completed = COMPLETED_PARTITIONS;
        await("a partition completed", 120, () -> count(completed) >= 1 || !manager.isAlive());
        assertTrue(manager.isAlive(), "the manager was still running");
        manager.destroyForcibly(); // SIGKILL
        assertTrue(manager.waitFor(20, TimeUnit.SECONDS));
        // a stale request: one for a partition that has completed
        long done = count("SELECT min(step_execution_id) FROM batch_step_execution WHERE step_name LIKE 'ingest-partition:%' "
                + "AND status = 'COMPLETED'");
        new RabbitTemplate(broker).convertAndSend("", QUEUE, new PartitionRequest(WorkerSteps.STEP_NAME, done).text());

        CliRun rerun = manager();
        assertEquals(0, rerun.code(), rerun.err());
        assertTrue(rerun.out().contains("(restarted)"), rerun.out());
        assertEquals(List.of(), IngestState.differences(cleanState, IngestState.of(jdbc, home)));
        assertEquals(6L, count("SELECT count(DISTINCT step_name) FROM batch_step_execution WHERE step_name LIKE "
                + "'ingest-partition:%' AND status = 'COMPLETED'"));
        assertEquals(6L, count(completed), "no partition completed twice");
    }

    @Test
    @Order(3)
    void aWorkerStoppedWithSigtermMidPartitionLeavesItToAnotherWorker() throws Exception {
        Held held = runUntilAPartitionIsHalfDone();
        CompletableFuture<CliRun> run = held.run();
        long partition = held.partition();
        Process victim = held.worker();
        victim.destroy(); // SIGTERM: the partition stops at a chunk boundary, the claim goes, the request goes back
        assertTrue(victim.waitFor(30, TimeUnit.SECONDS), "the stopped worker left");
        workers.remove(victim);
        assertEquals(0L, count("SELECT count(*) FROM ingest_workers WHERE pid = " + victim.pid()), "it removed its heartbeat row");
        startWorker(); // for the next test; it may join this run
        CliRun done = run.get(180, TimeUnit.SECONDS);
        assertEquals(0, done.code(), done.err());
        assertEquals(cleanSummary, summary(done.out()));
        assertEquals(List.of(), IngestState.differences(cleanState, IngestState.of(jdbc, home)));
        assertEquals("COMPLETED 12", jdbc.queryForObject("SELECT status || ' ' || read_count FROM batch_step_execution "
                + "WHERE step_execution_id = ?", String.class, partition), "another worker resumed the partition, no rerun");
        assertEquals(6L, count(COMPLETED_PARTITIONS), "no partition ran twice");
    }

    @Test
    @Order(4)
    void aWorkerKilledMidPartitionLosesAndDuplicatesNothing() throws Exception {
        await("two live workers", 120, () -> liveWorkers() >= 2);
        Held held = runUntilAPartitionIsHalfDone();
        CompletableFuture<CliRun> run = held.run();
        long partition = held.partition();
        Process victim = held.worker();
        victim.destroyForcibly(); // SIGKILL; the other worker gets the unacknowledged request
        assertTrue(victim.waitFor(20, TimeUnit.SECONDS));
        workers.remove(victim);
        CliRun done = run.get(180, TimeUnit.SECONDS);
        assertEquals(0, done.code(), done.err());
        assertEquals(List.of(), IngestState.differences(cleanState, IngestState.of(jdbc, home)));
        assertEquals("COMPLETED 12", jdbc.queryForObject("SELECT status || ' ' || read_count FROM batch_step_execution "
                + "WHERE step_execution_id = ?", String.class, partition), "the killed partition resumed and finished");
        assertEquals(6L, count(COMPLETED_PARTITIONS), "no partition ran twice");
    }

    /** A manager run in progress, a worker JVM of this test and the partition it is running. */
    private record Held(CompletableFuture<CliRun> run, Process worker, long partition) {}

    /**
     * From an emptied database, starts a manager run and waits for a partition with a chunk or more written and
     * more to read ({@link #HOLDER}).
     */
    private Held runUntilAPartitionIsHalfDone() throws Exception {
        reset();
        CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(this::manager);
        await("a partition half done", 120, () -> count("SELECT count(*) FROM (" + HOLDER + ") h") > 0 || run.isDone());
        Map<String, Object> held = jdbc.queryForMap(HOLDER);
        long pid = ((Number) held.get("pid")).longValue();
        return new Held(run, workers.stream().filter(p -> p.pid() == pid).findFirst().orElseThrow(),
                ((Number) held.get("step_execution_id")).longValue());
    }

    /** The scale-out manager, run in this JVM. */
    private CliRun manager() {
        return CliRun.of("ingest", "--workers", "2", "--show", "0", "--db-url", db.url(), "--home", home.toString(),
                corpus.toString());
    }

    private void startWorker() throws Exception {
        int n = workers.size() + 1;
        Map<String, String> env = OncoevProcess.environment(SETTINGS);
        Files.createDirectories(LOGS);
        String name = "worker-" + n + "-" + System.currentTimeMillis();
        workers.add(ChildOncoev.start(LOGS.resolve(name + ".out"), LOGS.resolve(name + ".err"), env, "worker", "--db-url", db.url(), "--home",
                dir.resolve("worker-home").toString()));
    }

    /** Empties every table but the schema history and the workers', and the manager's index. */
    private void reset() throws Exception {
        await("the schema", 120, () -> count("SELECT count(*) FROM pg_tables WHERE tablename = 'ingest_workers'") > 0);
        List<String> tables = jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                + "AND tablename NOT IN ('flyway_schema_history', 'ingest_workers')", String.class);
        jdbc.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
        FileSystemUtils.deleteRecursively(home);
    }

    private int liveWorkers() {
        return (int) count("SELECT count(*) FROM ingest_workers WHERE last_seen > now() - interval '2 seconds'");
    }

    /** A count, or 0 while the schema is not there yet. */
    private long count(String sql) {
        try {
            Long n = jdbc.queryForObject(sql, Long.class);
            return n == null ? 0 : n;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static String summary(String out) {
        return out.lines().filter(l -> l.startsWith("ingest: ")).findFirst().orElse(out);
    }

    private static void await(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(50);
        }
    }
}
