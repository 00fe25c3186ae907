package org.oncoev.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevContext;
import org.oncoev.pipeline.ingest.IngestJobRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the measurements of {@code oncoev bench} on one generated corpus and returns the figures as ordered maps
 * (the JSON shape of {@code bench --json}). The ingest part: write the corpus; warm each single-stage path until
 * the JIT settles ({@link JitWarmUp}); Lucene-only indexing, reading, extraction and PDFBox-only extraction alone;
 * then, after a settled warm-up of the end-to-end ingest on other papers, the real Spring Batch job over the text
 * folder and the PDF folder (stage shares sampled), storing alone, and the bound ({@link StageCeilings}). The query
 * part: latency over a synthetic index. Work files live in a temporary folder deleted at the end.
 */
public final class BenchRunner {
    /**
     * What to run. {@code dbUrl} null means the embedded PostgreSQL under a temporary home; {@code largePassages}
     * above 0 times the query mix again over an index of that many passages (JSON {@code query_10m}); {@code workers}
     * above 0 measures scale-out with that many worker JVMs against one (JSON {@code scale_out}) over {@code workersDocs}
     * generated papers.
     */
    public record Options(int docs, int pdfDocs, RealCorpusBench.Inputs real, long passages, long largePassages, int queries,
                          String dbUrl, Part part, int workers, int workersDocs) {
        /** Without scale-out (no {@code --workers}). */
        public Options(int docs, int pdfDocs, RealCorpusBench.Inputs real, long passages, long largePassages, int queries,
                       String dbUrl, Part part) {
            this(docs, pdfDocs, real, passages, largePassages, queries, dbUrl, part, 0, DEFAULT_WORKERS_DOCS);
        }
    }

    /**
     * Which figures to measure: the ingest paths (text, PDF, stages, bound), the query latency, the scale-out
     * throughput ({@link ScaleOutBench}; ALL includes it only with {@code workers > 0}), or all.
     */
    public enum Part { ALL, INGEST, QUERY, SCALE_OUT }

    /**
     * Papers of the scale-out part by default: partitions of papers / (4 x workers) files then hold several chunks of
     * 25, as production partitions of 2,000 files do, so a worker's extraction overlaps its storing and a partition's
     * start (request, claim, step rows) is not the run's main cost, as it was with 200 papers in one-chunk partitions.
     */
    public static final int DEFAULT_WORKERS_DOCS = 1000;

    private final Options options;
    private final PrintStream progress;

    public BenchRunner(Options options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    /** Runs the bench's part; the map holds text, pdf, bound, extract_mb_s, stages, query, heap and machine figures. */
    public Map<String, Object> run() throws Exception {
        HeapMonitor heap = new HeapMonitor();
        heap.start();
        Path work = Files.createTempDirectory("oncoev-bench");
        try {
            Map<String, Object> out = new LinkedHashMap<>();
            if (options.part() == Part.ALL || options.part() == Part.INGEST) {
                ingestFigures(work, out);
                step("start-up: ./oncoev status, %d runs", StartupBench.RUNS);
                out.put("startup", StartupBench.measure(work, System.getenv("ONCOEV_LAUNCHER")));
            }
            if (options.part() == Part.SCALE_OUT || (options.part() == Part.ALL && options.workers() > 0)) scaleOut(work, out);
            if (options.part() == Part.ALL || options.part() == Part.QUERY) {
                out.put("query", queryFigures(work.resolve("query-index"), options.passages()));
                if (options.largePassages() > 0) {
                    deleteTree(work.resolve("query-index")); // its disk, before the larger one is written
                    out.put("query_10m", queryFigures(work.resolve("query-index-large"), options.largePassages()));
                }
            }
            heap.stop();
            out.put("heap_peak_mb", round(heap.peakUsedBytes() / 1048576.0));
            out.put("heap_live_peak_mb", round(heap.livePeakBytes() / 1048576.0));
            out.put("heap_max_mb", round(HeapMonitor.maxHeapBytes() / 1048576.0));
            out.put("machine", ordered("cpus", Runtime.getRuntime().availableProcessors(), "java",
                    System.getProperty("java.version"), "os", System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                    "jit_options", BenchCommand.jitOptions(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())));
            return out;
        } finally {
            heap.stop();
            deleteTree(work);
        }
    }

    /** Builds a synthetic index of {@code passages} under {@code dir} and times the query mix over it. */
    private Map<String, Object> queryFigures(Path dir, long passages) throws IOException, InterruptedException {
        step("query index: %,d synthetic passages", passages);
        QueryBench.Result query = new QueryBench().run(dir, passages, options.queries());
        return ordered("passages", query.passages(), "p50_ms", round(query.p50Millis()), "p99_ms",
                round(query.p99Millis()), "mean_ms", round(query.meanMillis()), "queries", query.queries(),
                "build_seconds", round(query.buildSeconds()), "by_query", query.byTemplate(),
                "phase_shares", roundAll(query.phases()), "hotspots", query.hotspots());
    }

    /** Measures the ingest paths on a generated corpus under {@code work}; puts text, bound, pdf, extract, stages. */
    private void ingestFigures(Path work, Map<String, Object> out) throws Exception {
        step("writing %d papers (%d as PDF) under %s", options.docs(), options.pdfDocs(), work);
        BenchCorpus corpus = BenchCorpus.write(work, options.docs(), options.pdfDocs(), null);
        List<Path> texts = corpus.textFiles();
        List<Path> pdfs = corpus.pdfFiles();
        long textBytes = BenchCorpus.bytes(texts);

        // each path is measured once the JIT has settled on it: on 2 cores a busy C2 compiler slows what it overlaps
        step("warm-up of the single-stage paths");
        JitWarmUp.Result aloneWarmUp = JitWarmUp.untilSettled(round -> {
            StageCeilings.luceneOnly(texts, work.resolve("warm-index-" + round));
            StageCeilings.readOnly(texts);
            StageCeilings.extractOnly(texts);
            StageCeilings.pdfboxOnly(pdfs);
        });

        step("Lucene-only indexing of %d text files (%.1f MB)", texts.size(), textBytes / 1e6);
        double luceneSeconds = StageCeilings.luceneOnly(texts, work.resolve("lucene-only"));
        step("reading alone");
        StageCeilings.Timing read = StageCeilings.readOnly(texts);
        step("extraction alone");
        StageCeilings.Timing extract = StageCeilings.extractOnly(texts);
        double extractSeconds = extract.seconds();
        step("PDFBox-only text extraction of %d PDFs", pdfs.size());
        long[] pdfPages = new long[1];
        double pdfboxSeconds = StageCeilings.pdfboxOnly(pdfs, pdfPages);

        Map<String, Object> textE2e;
        Map<String, Object> pdfE2e;
        StageCeilings.Timing store;
        Double storePostgres;
        JitWarmUp.Result e2eWarmUp;
        Map<String, Object> real = null;
        try (BenchDatabase db = options.dbUrl() == null ? null : BenchDatabase.create(options.dbUrl());
             ConfigurableApplicationContext ctx = OncoevContext.open(
                     GlobalOptions.of(db == null ? null : db.url(), work.resolve("home")),
                     WebApplicationType.NONE, Map.of("logging.level.org.oncoev", "WARN"))) {
            IngestJobRunner runner = ctx.getBean(IngestJobRunner.class);
            long postmaster = ProcessCpu.postmasterUnder(work.resolve("home")); // -1 for a server elsewhere
            // the end-to-end paths get a warm-up too (JIT of the job, JDBC and index code), on other papers each round
            step("warm-up of the end-to-end ingest");
            e2eWarmUp = JitWarmUp.untilSettled(round -> {
                BenchCorpus warmCorpus = BenchCorpus.write(work.resolve("warm-e2e-" + round),
                        options.docs() * (round + 1), options.docs(), Math.max(3, options.pdfDocs()), null);
                runner.run(List.of(warmCorpus.textDir()));
                runner.run(List.of(warmCorpus.pdfDir()));
            });
            step("end-to-end ingest of the text folder");
            textE2e = ingest(runner, corpus.textDir(), postmaster);
            step("end-to-end ingest of the PDF folder");
            pdfE2e = ingest(runner, corpus.pdfDir(), postmaster);
            int chunkSize = ctx.getEnvironment().getProperty("oncoev.ingest.chunk-size", Integer.class, 25);
            step("storing alone (the text files' documents and findings, %d files per transaction)", chunkSize);
            OptionalDouble pgBefore = ProcessCpu.postgresSeconds(postmaster);
            store = StageCeilings.storeOnly(texts, chunkSize, ctx.getBean(JdbcTemplate.class),
                    new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class)));
            storePostgres = delta(pgBefore, ProcessCpu.postgresSeconds(postmaster));
            StageCeilings.forgetStoredAlone(ctx.getBean(JdbcTemplate.class));
            if (options.real() != null) {
                // the real corpora: the same stage paths and the same job, in this run, on this database
                real = new RealCorpusBench(options.real(), work, progress).measure(folder -> ingest(runner, folder, postmaster),
                        files -> {
                            OptionalDouble pg = ProcessCpu.postgresSeconds(postmaster);
                            StageCeilings.Timing t = StageCeilings.storeOnly(files, chunkSize, ctx.getBean(JdbcTemplate.class),
                                    new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class)));
                            Double server = delta(pg, ProcessCpu.postgresSeconds(postmaster));
                            StageCeilings.forgetStoredAlone(ctx.getBean(JdbcTemplate.class));
                            return new RealCorpusBench.StoreTiming(t.seconds(), server == null ? t.seconds() : t.cpuSeconds() + server);
                        });
            }
        }

        double textMb = textBytes / 1e6;
        double e2eTextSeconds = (double) textE2e.get("seconds");
        double e2ePdfSeconds = (double) pdfE2e.get("seconds");
        out.put("text", ordered("e2e_mb_s", round(textMb / e2eTextSeconds), "lucene_only_mb_s", round(textMb / luceneSeconds),
                "ratio", round(luceneSeconds / e2eTextSeconds), "files", texts.size(), "mb", round(textMb),
                "e2e_seconds", round(e2eTextSeconds), "lucene_only_seconds", round(luceneSeconds),
                "extract_alone_seconds", round(extractSeconds)));
        int cores = Runtime.getRuntime().availableProcessors();
        // storing costs this thread's JDBC work plus the server's; a server elsewhere: its wall time instead
        double storeWork = storePostgres == null ? store.seconds() : store.cpuSeconds() + storePostgres;
        StageCeilings.Bound bound = StageCeilings.bound(read.cpuSeconds(), extract.cpuSeconds(), luceneSeconds, storeWork, cores);
        // the best ratio any schedule of these stages could reach here, and how near the real ingest comes to it
        out.put("bound", ordered("read_alone_cpu_seconds", round(read.cpuSeconds()),
                "extract_alone_cpu_seconds", round(extract.cpuSeconds()), "lucene_only_seconds", round(luceneSeconds),
                "store_alone_seconds", round(store.seconds()), "store_alone_jvm_cpu_seconds", round(store.cpuSeconds()),
                "store_alone_postgres_cpu_seconds", storePostgres, "store_alone_work_seconds", round(storeWork), "cores", cores,
                "work_seconds", round(bound.workSeconds()), "seconds", round(bound.seconds()),
                "text_ratio", round(bound.ratio()), "e2e_of_bound", round(bound.seconds() / e2eTextSeconds),
                "gap", BoundGap.of(e2eTextSeconds, cores, bound, textE2e)));
        out.put("pdf", ordered("e2e_pages_s", round(pdfPages[0] / e2ePdfSeconds), "pdfbox_only_pages_s",
                round(pdfPages[0] / pdfboxSeconds), "ratio", round(pdfboxSeconds / e2ePdfSeconds), "files", pdfs.size(),
                "pages", pdfPages[0], "e2e_seconds", round(e2ePdfSeconds), "pdfbox_only_seconds", round(pdfboxSeconds)));
        out.put("extract_mb_s", round(textMb / extractSeconds));
        out.put("warm_up", ordered("single_stage", aloneWarmUp.asMap(), "end_to_end", e2eWarmUp.asMap()));
        out.put("stages", ordered("text", textE2e.get("stages"), "pdf", pdfE2e.get("stages")));
        if (real != null) out.put("real", real);
    }

    /**
     * The scale-out figures: the generated text papers ingested by one worker JVM, then by {@code workers}, one
     * extraction thread each, after a warm-up on other papers ({@link ScaleOutBench}); puts scale_out.
     */
    private void scaleOut(Path work, Map<String, Object> out) throws Exception {
        int docs = options.workersDocs();
        int warm = Math.max(2, docs / 2);
        step("scale-out: writing %d papers, and %d others for the warm-ups", docs, warm);
        BenchCorpus corpus = BenchCorpus.write(work.resolve("scale-out-corpus"), docs, 0, null);
        BenchCorpus warmCorpus = BenchCorpus.write(work.resolve("scale-out-warm"), docs, warm, 0, null);
        out.put("scale_out", new ScaleOutBench(work, options.dbUrl(), progress)
                .measure(corpus.textDir(), docs, warmCorpus.textDir(), options.workers()));
    }

    /**
     * Runs the real ingest job over {@code folder} twice: first over its twin ({@link TwinFolder}: the same papers
     * under other hashes) with every ingest thread's stack sampled, which warms the job's code on these papers as the
     * stages alone were warmed and gives the stage shares; then over the folder itself, timed, with nothing but the
     * job in the JVM (the sampler's stack walks cost the ingest 5-18% CPU when it ran inside the timing). Returns the
     * timed run's seconds and CPU, and the sampled run's stages.
     */
    private Map<String, Object> ingest(IngestJobRunner runner, Path folder, long postmaster) throws Exception {
        Map<String, Object> stages = sampledRun(runner, TwinFolder.of(folder), postmaster);
        CpuReading before = CpuReading.now(postmaster);
        long t = System.nanoTime();
        IngestJobRunner.Result result = runner.run(List.of(folder));
        double seconds = (System.nanoTime() - t) / 1e9;
        Map<String, Object> cpu = before.since();
        step("  %s in %.1f s (timed)", result.counts().summary(), seconds);
        return ordered("seconds", seconds, "cpu_seconds", cpu, "stages", stages, "summary", result.counts().summary());
    }

    /** The CPU counters of this JVM (all, GC threads, JIT) and of the local PostgreSQL at one moment. */
    private record CpuReading(long postmaster, OptionalDouble jvm, OptionalDouble postgres, Map<String, Double> internal,
                              OptionalDouble jit) {
        static CpuReading now(long postmaster) {
            return new CpuReading(postmaster, ProcessCpu.jvmSeconds(), ProcessCpu.postgresSeconds(postmaster),
                    ProcessCpu.jvmInternalSeconds(), ProcessCpu.jitSeconds());
        }

        /** The CPU both processes used since this reading: JVM, PostgreSQL (null: not local), GC threads, JIT. */
        Map<String, Object> since() {
            Map<String, Object> cpu = ordered("jvm", delta(jvm, ProcessCpu.jvmSeconds()),
                    "postgres", delta(postgres, ProcessCpu.postgresSeconds(postmaster)));
            ProcessCpu.jvmInternalSeconds().forEach((kind, s) -> cpu.put("jvm_" + kind, round(Math.max(0, s - internal.getOrDefault(kind, 0.0)))));
            cpu.put("jvm_jit", delta(jit, ProcessCpu.jitSeconds())); // seconds spent compiling (wall time of the compilations, no less than their CPU time)
            return cpu;
        }
    }

    /** Runs the ingest job over {@code folder} with stage sampling; returns the stage shares and thread CPU. */
    private Map<String, Object> sampledRun(IngestJobRunner runner, Path folder, long postmaster) throws InterruptedException {
        CpuReading before = CpuReading.now(postmaster);
        StageSampler sampler = new StageSampler(Thread.currentThread(), name -> name.startsWith("ingest-"), 5);
        long t = System.nanoTime();
        sampler.start();
        IngestJobRunner.Result result;
        try {
            result = runner.run(List.of(folder));
        } finally {
            sampler.stop();
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        Map<String, Object> cpu = before.since();
        step("  %s in %.1f s (sampled, untimed)", result.counts().summary(), seconds);
        // share: of the busy thread time (the step, the workers, the indexer); seconds: thread-seconds
        Map<String, Object> stages = new LinkedHashMap<>();
        Map<String, Double> threadSeconds = sampler.threadSeconds();
        double busy = threadSeconds.entrySet().stream().filter(e -> !e.getKey().equals(StageSampler.IDLE))
                .mapToDouble(Map.Entry::getValue).sum();
        for (Map.Entry<String, Double> e : threadSeconds.entrySet()) {
            boolean idle = e.getKey().equals(StageSampler.IDLE);
            stages.put(e.getKey(), idle ? ordered("seconds", round(e.getValue()))
                    : ordered("share", round(busy == 0 ? 0 : e.getValue() / busy), "seconds", round(e.getValue())));
        }
        stages.put("busy_threads", round(busy / seconds)); // average number of threads at work
        sampler.threadCpuSeconds().forEach((group, s) -> cpu.put("jvm_" + group, round(s)));
        stages.put("cpu_seconds", cpu);
        stages.put("seconds", round(seconds));
        stages.put("samples", sampler.samples());
        stages.put("hotspots", sampler.hotspots(12));
        return stages;
    }

    private static Double delta(OptionalDouble before, OptionalDouble after) {
        return before.isPresent() && after.isPresent() ? round(after.getAsDouble() - before.getAsDouble()) : null;
    }

    private void step(String format, Object... args) {
        progress.printf("bench: " + format + "%n", args);
    }

    static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) m.put((String) keyValues[i], keyValues[i + 1]);
        return m;
    }

    static Map<String, Double> roundAll(Map<String, Double> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, round(v)));
        return out;
    }

    static double round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return 0;
        return Math.round(v * 1000) / 1000.0;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary folder
        }
    }
}
