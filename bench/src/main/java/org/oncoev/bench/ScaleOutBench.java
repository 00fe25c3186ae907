package org.oncoev.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevContext;
import org.oncoev.pipeline.cli.OncoevException;
import org.oncoev.pipeline.db.EmbeddedDatabase;
import org.oncoev.pipeline.ingest.IngestFilter;
import org.oncoev.pipeline.ingest.IngestJobRunner;
import org.oncoev.pipeline.scaleout.OncoevProcess;
import org.oncoev.pipeline.scaleout.ScaledIngestRunner;
import org.oncoev.pipeline.search.SearchIndex;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scale-out throughput ({@code bench --workers N}): the same generated text folder ingested by the scale-out job
 * ({@link ScaledIngestRunner}, the manager in this JVM) with one worker JVM, then with {@code N}, each worker on one
 * extraction thread ({@code oncoev worker --threads 1}, child JVMs started as the scale-out test starts them,
 * {@link OncoevProcess}). Each measured run follows as many warm-up runs on other papers as there are workers, with
 * the same workers (so every worker JVM has compiled its hot code on about as many papers); every run
 * starts from an emptied database and index (one manager context for all). Throughput is files per second of the partitioned step (from its start
 * and end in the job repository: the workers' share, without the manager's plan and index catch-up); the job's
 * wall time is reported beside it. The target: {@code N} workers reach at least {@value #TARGET_PER_WORKER} x N
 * the throughput of one (1.7x for two). Needs RabbitMQ (oncoev.broker.*); the database is a throwaway one on
 * {@code dbUrl}'s server, or an embedded PostgreSQL under {@code work}. The request queue is the run's own, deleted after.
 */
public final class ScaleOutBench {
    /** Share of linear scaling the target asks for: N workers >= 0.85 x N times one worker. */
    public static final double TARGET_PER_WORKER = 0.85;

    private final Path work;
    private final String dbUrl;
    private final PrintStream progress;
    private final List<Process> workers = new ArrayList<>();

    /** {@code dbUrl}: a PostgreSQL server for a throwaway database, or null for an embedded one under {@code work}. */
    public ScaleOutBench(Path work, String dbUrl, PrintStream progress) {
        this.work = work;
        this.dbUrl = dbUrl;
        this.progress = progress;
    }

    /**
     * Ingests {@code corpus} ({@code files} files) with 1 and with {@code n} workers, after a warm-up on
     * {@code warmCorpus} each time; returns the figures ({@code one_worker}, {@code n_workers}, {@code ratio}, {@code target_ratio}; judged in
     * {@link BenchTargets#scaleOut}).
     */
    public Map<String, Object> measure(Path corpus, int files, Path warmCorpus, int n) throws Exception {
        if (n < 2) throw new OncoevException("--workers must be at least 2 (it is compared with one worker)");
        String queue = "oncoev.bench.requests." + Long.toHexString(System.nanoTime());
        // several partitions per worker so the last one does not leave the others idle long; chunks no larger
        int partition = Math.max(2, files / (4 * n));
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("oncoev.broker.queue", queue);
        settings.put("oncoev.scale-out.partition-size", String.valueOf(partition));
        settings.put("oncoev.scale-out.poll-interval", "100ms");
        settings.put("oncoev.scale-out.heartbeat", "1s");
        settings.put("oncoev.scale-out.stale-after", "10s");
        settings.put("oncoev.scale-out.worker-wait", "120s");
        settings.put("oncoev.ingest.chunk-size", String.valueOf(Math.min(25, partition)));
        settings.put("oncoev.ingest.threads", "1");
        Path logs = Files.createDirectories(work.resolve("scale-out-logs"));
        BenchDatabase server = dbUrl == null ? null : BenchDatabase.create(dbUrl);
        EmbeddedDatabase embedded = server == null ? EmbeddedDatabase.start(work.resolve("scale-out-pg")) : null;
        String url = server != null ? server.url() : embedded.jdbcUrl();
        ConfigurableApplicationContext ctx = null;
        try {
            startWorker(url, settings, logs); // starts while the manager's context opens
            ctx = manager(url, settings);
            long postmaster = ProcessCpu.postmasterUnder(work.resolve("scale-out-pg")); // -1 for a server elsewhere
            Map<String, Object> one = null;
            Map<String, Object> many = null;
            for (int count : new int[] {1, n}) {
                while (workers.size() < count) startWorker(url, settings, logs);
                // as many warm-up rounds as workers: each new worker JVM compiles its hot code on about as many
                // papers as the first did before its measured run (a worker still compiling costs CPU per paper)
                for (int round = 1; round <= count; round++) {
                    progress.printf("bench: scale-out with %d worker JVM(s), one extraction thread each: warm-up %d of %d%n",
                            count, round, count);
                    run(ctx, warmCorpus, count, logs, postmaster);
                }
                progress.printf("bench: scale-out with %d worker JVM(s): %d files, partitions of %d%n", count, files, partition);
                Map<String, Object> figures = run(ctx, corpus, count, logs, postmaster);
                if (count == 1) one = figures;
                else many = figures;
            }
            return figures(n, files, partition, one, many);
        } finally {
            if (ctx != null) {
                deleteQueues(ctx, queue);
                ctx.close();
            }
            stopWorkers();
            if (server != null) server.close();
            if (embedded != null) embedded.close();
        }
    }

    /**
     * The comparison of one worker with {@code n}: the ratio of papers/s, and what this machine allows it to be. The
     * one-worker run already keeps more than one core busy (its JVM's GC, JIT and JDBC beyond its one extraction
     * thread, PostgreSQL, the manager), so N workers cannot go faster than {@code cores / cores used by one}: the
     * {@code ceiling} is the smaller of that and N. {@code efficiency} is papers per CPU-second with N over that
     * with one (1.0: scale-out costs no CPU per paper); on a machine with N times the one-worker run's cores the
     * ratio would be about N x efficiency.
     */
    static Map<String, Object> figures(int n, int files, int partition, Map<String, Object> one, Map<String, Object> many) {
        double ratio = BenchRunner.round((double) many.get("papers_s") / (double) one.get("papers_s"));
        int cores = Runtime.getRuntime().availableProcessors();
        double oneCores = (double) one.get("cores_used");
        double ceiling = BenchRunner.round(Math.min(n, oneCores > 0 ? cores / oneCores : n));
        double efficiency = BenchRunner.round((double) one.get("cpu_ms_per_paper") / (double) many.get("cpu_ms_per_paper"));
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return BenchRunner.ordered("workers", n, "files", files, "partition_size", partition,
                "one_worker", one, "n_workers", many, "ratio", ratio, "target_ratio", BenchRunner.round(TARGET_PER_WORKER * n),
                "machine_cores", cores, "one_worker_cores", BenchRunner.round(oneCores), "ceiling", ceiling,
                "ratio_of_ceiling", BenchRunner.round(ratio / ceiling),
                "machine_target_ratio", BenchRunner.round(TARGET_PER_WORKER * ceiling), "efficiency", efficiency,
                "load_average", BenchRunner.round(load));
    }

    /**
     * One run of the manager {@code ctx} over {@code folder} with {@code count} workers, from an emptied database and
     * index; {@code postmaster}: the embedded PostgreSQL's pid, -1 for a server elsewhere.
     */
    private Map<String, Object> run(ConfigurableApplicationContext ctx, Path folder, int count, Path logs, long postmaster)
            throws IOException {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        emptyTables(jdbc);
        ctx.getBean(SearchIndex.class).rebuild(id -> {}); // no documents left: an empty index
        double workersBefore = workerCpuSeconds();
        OptionalDouble pgBefore = ProcessCpu.postgresSeconds(postmaster);
        OptionalDouble managerBefore = ProcessCpu.jvmSeconds();
        // CPU at the partitioned step's start and end: the workers' part, without the plan and the index catch-up
        double[][] step = new double[2][];
        ScaledIngestRunner runner = ctx.getBean(ScaledIngestRunner.class);
        runner.observeFilesStep(new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution s) {
                step[0] = cpuNow(postmaster);
            }

            @Override
            public ExitStatus afterStep(StepExecution s) {
                step[1] = cpuNow(postmaster);
                return null;
            }
        });
        long t = System.nanoTime();
        IngestJobRunner.Result result;
        try {
            result = runner.run(List.of(folder), IngestFilter.DEFAULT, count);
        } catch (OncoevException e) {
            printWorkerLogs(logs); // the work folder goes at the end of the bench
            throw new OncoevException("bench: scale-out ingest with " + count + " worker(s) failed: " + e.getMessage(), e);
        } finally {
            runner.observeFilesStep(new StepExecutionListener() {});
        }
        double wall = (System.nanoTime() - t) / 1e9;
        // CPU of the whole job (plan, partitions, index catch-up): how much of the machine the run had
        double workerCpu = workerCpuSeconds() - workersBefore;
        Double pgCpu = delta(pgBefore, ProcessCpu.postgresSeconds(postmaster));
        Double managerCpu = delta(managerBefore, ProcessCpu.jvmSeconds());
        Double stepSeconds = jdbc.queryForObject("SELECT extract(epoch FROM end_time - start_time) FROM "
                + "batch_step_execution WHERE job_execution_id = ? AND step_name = ?", Double.class,
                result.jobExecutionId(), ScaledIngestRunner.FILES_STEP);
        long files;
        try (var walk = Files.list(folder)) {
            files = walk.count();
        }
        double seconds = stepSeconds == null || stepSeconds <= 0 ? wall : stepSeconds;
        double[] used = new double[4];
        for (int i = 0; i < 4; i++) used[i] = step[0] != null && step[1] != null ? step[1][i] - step[0][i] : 0;
        double stepCpu = used[0] + used[1] + used[2];
        progress.printf("bench:   %s in %.1f s (partitioned step %.1f s, %.2f CPU-s: %.1f cores)%n", result.counts().summary(),
                wall, seconds, stepCpu, stepCpu / seconds);
        return BenchRunner.ordered("worker_jvms", count, "papers_s", BenchRunner.round(files / seconds),
                "partitioned_step_seconds", BenchRunner.round(seconds), "job_seconds", BenchRunner.round(wall),
                "cpu_seconds", BenchRunner.ordered("workers", BenchRunner.round(workerCpu), "postgres", pgCpu,
                        "manager", managerCpu),
                "step_cpu_seconds", BenchRunner.ordered("workers", BenchRunner.round(used[0]), "postgres",
                        BenchRunner.round(used[1]), "manager", BenchRunner.round(used[2])),
                "cores_used", BenchRunner.round(stepCpu / seconds),
                "cpu_ms_per_paper", BenchRunner.round(1000 * stepCpu / files),
                "worker_cpu_ms_per_paper", BenchRunner.round(1000 * used[0] / files),
                // the worker JVMs' CPU beyond their extraction threads: the step thread (reading the manifest,
                // storing), JIT, GC, heartbeat and the broker client
                "extraction_thread_cpu_ms_per_paper", BenchRunner.round(1000 * used[3] / files),
                "worker_other_cpu_ms_per_paper", BenchRunner.round(1000 * (used[0] - used[3]) / files),
                "summary", result.counts().summary());
    }

    /**
     * CPU seconds so far of the worker JVMs, the embedded PostgreSQL (0 for a server elsewhere), this JVM, and the
     * workers' extraction threads ({@code worker-N}, read from /proc; 0 where unreadable).
     */
    private double[] cpuNow(long postmaster) {
        return new double[] {workerCpuSeconds(), ProcessCpu.postgresSeconds(postmaster).orElse(0),
                ProcessCpu.jvmSeconds().orElse(0), extractionThreadSeconds()};
    }

    /** CPU seconds of the worker JVMs' live extraction threads (named {@code worker-1}, ...), from /proc. */
    private double extractionThreadSeconds() {
        return workers.stream().mapToDouble(p -> ProcessCpu.threadSeconds(Long.toString(p.pid()),
                comm -> comm.matches("worker-\\d+") ? "extraction" : null).getOrDefault("extraction", 0.0)).sum();
    }

    /** The manager's context ({@code ingest --workers}'s), one for every run of the bench. */
    private ConfigurableApplicationContext manager(String url, Map<String, String> settings) {
        Map<String, Object> props = new LinkedHashMap<>(settings);
        props.put("oncoev.scale-out.role", "manager");
        props.put("spring.datasource.hikari.maximum-pool-size", Math.max(8, Runtime.getRuntime().availableProcessors() + 4));
        props.put("logging.level.org.oncoev", "WARN");
        return OncoevContext.open(GlobalOptions.of(url, work.resolve("scale-out-home")), WebApplicationType.NONE, props);
    }

    /** Every table emptied but the schema history and the workers' heartbeats: the next run stores every file anew. */
    static void emptyTables(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                + "AND tablename NOT IN ('flyway_schema_history', 'ingest_workers')", String.class);
        jdbc.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
    }

    private void startWorker(String url, Map<String, String> settings, Path logs) throws IOException {
        int i = workers.size() + 1;
        // the launcher's options for batch commands: C1 only, a bounded heap
        workers.add(OncoevProcess.start(logs.resolve("worker-" + i + ".out"), logs.resolve("worker-" + i + ".err"),
                OncoevProcess.environment(settings), List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto"),
                "worker", "--threads", "1", "--db-url", url, "--home", work.resolve("worker-home-" + i).toString()));
    }

    /** CPU seconds the worker JVMs have used so far (0 for one whose figure the OS does not give). */
    private double workerCpuSeconds() {
        return workers.stream().mapToDouble(p -> p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0)).sum();
    }

    private static Double delta(OptionalDouble before, OptionalDouble after) {
        return before.isPresent() && after.isPresent() ? BenchRunner.round(after.getAsDouble() - before.getAsDouble()) : null;
    }

    /** The last lines of each worker's stderr, on the progress stream. */
    private void printWorkerLogs(Path logs) {
        for (int i = 1; i <= workers.size(); i++) {
            try {
                List<String> lines = Files.readAllLines(logs.resolve("worker-" + i + ".err"));
                progress.println("bench: worker " + i + " stderr (last lines):");
                lines.subList(Math.max(0, lines.size() - 15), lines.size()).forEach(l -> progress.println("  " + l));
            } catch (IOException e) {
                progress.println("bench: worker " + i + ": no log (" + e.getMessage() + ")");
            }
        }
    }

    /** SIGTERM (a worker removes its heartbeat row), then SIGKILL for one that does not end in 20 s. */
    private void stopWorkers() throws InterruptedException {
        for (Process p : workers) p.destroy();
        for (Process p : workers) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
        }
        workers.clear();
    }

    private void deleteQueues(ConfigurableApplicationContext ctx, String queue) {
        try {
            RabbitAdmin admin = ctx.getBean(RabbitAdmin.class);
            admin.deleteQueue(queue);
            admin.deleteQueue(queue + ".dead");
        } catch (RuntimeException e) {
            progress.println("bench: could not delete the scale-out queues: " + e.getMessage());
        }
    }
}
