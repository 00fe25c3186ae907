package org.oncoev.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevException;
import org.oncoev.pipeline.cli.OncoevSubcommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code oncoev bench}: throughput, stage shares, peak heap and query latency on a generated corpus (see
 * {@link BenchRunner}), and in the same run throughput on real papers as text, JATS and PDF ({@link RealCorpusBench};
 * the shared folders by default when present, skipped with a note otherwise). Unless told {@code --in-process}, it runs itself again in a child JVM limited to
 * {@code --heap} MB when the current JVM may use more, so the heap figure is measured under that limit.
 * The database is a throwaway one on {@code --db-url}/{@code ONCOEV_DB_URL} (dropped afterwards) or, without
 * one, an embedded PostgreSQL under a temporary folder. Progress goes to stderr; figures to stdout.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure ingest throughput (generated and real papers) against Lucene-only and PDFBox-only ceilings "
                + "and the bound the text stages set together, extraction speed, the time share of each ingest stage, "
                + "peak heap and query latency at 1M passages (and 10M with --query-10m). The report ends with each "
                + "target, the measured figure and whether it is met.",
                BenchTargets.HELP})
public class BenchCommand implements Callable<Integer>, OncoevSubcommand {
    @Mixin
    GlobalOptions global;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "200", description = "Generated papers (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--pdf-docs", paramLabel = "N", description = "Of those, rendered as PDF (default: docs / 4, at least 1).")
    Integer pdfDocs;

    @Option(names = "--text", paramLabel = "DIR", description = "Real papers as text (default: " + REAL_TEXT + " when there).")
    Path realText;

    @Option(names = "--jats", paramLabel = "DIR", description = "Real papers as JATS XML (default: " + REAL_JATS + " when there).")
    Path realJats;

    @Option(names = "--pdf", paramLabel = "DIR", description = "Real article PDFs (default: " + REAL_PDF + " when there).")
    Path realPdf;

    @Option(names = "--real-docs", paramLabel = "N", description = "At most N papers from each real folder (default: all; 40 with --quick).")
    Integer realDocs;

    @Option(names = "--no-real", description = "Measure the generated corpus only.")
    boolean noReal;

    @Option(names = "--quick", description = "A shorter run: 60 generated papers (unless --docs) and 40 from each real folder (unless --real-docs).")
    boolean quick;

    static final String REAL_TEXT = "../shared/corpus/rct-oncology/text";
    static final String REAL_JATS = "../shared/corpus/rct-oncology/jats";
    static final String REAL_PDF = "../shared/pdfs/scholarly";

    @Option(names = "--workers", paramLabel = "N", description = "Also measure scale-out: the generated text papers "
            + "ingested by `ingest --workers` with N worker JVMs and with one, one extraction thread each (needs RabbitMQ, "
            + "oncoev.broker.*); target: N workers >= 0.85 x N times one (1.7x for 2), or 0.85 x the ceiling this "
            + "machine allows (cores / cores the one-worker run used) when that is lower.")
    Integer workers;

    @Option(names = "--workers-only", description = "With --workers: measure scale-out only.")
    boolean workersOnly;

    @Option(names = "--workers-docs", paramLabel = "N", defaultValue = "" + BenchRunner.DEFAULT_WORKERS_DOCS,
            description = "With --workers: generated papers of the scale-out part (default: ${DEFAULT-VALUE}; partitions "
                    + "of N / (4 x workers) files, several chunks each, as production partitions).")
    int workersDocs;

    @Option(names = "--passages", paramLabel = "N", defaultValue = "1000000",
            description = "Passages in the synthetic query index (default: ${DEFAULT-VALUE}).")
    long passages;

    @Option(names = "--query-10m", description = "Also time the queries over " + LARGE_PASSAGES_TEXT + " passages, "
            + "in the same heap (a second index, written after the 1M one is deleted: about 1.1 GB of disk, and ten times "
            + "the 1M index's build time).")
    boolean query10m;

    static final long LARGE_PASSAGES = 10_000_000;
    static final String LARGE_PASSAGES_TEXT = "10,000,000";

    @Option(names = "--queries", paramLabel = "N", defaultValue = "2000", description = "Timed queries (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--heap", paramLabel = "MB", defaultValue = "512",
            description = "Heap limit of the child JVM the bench runs in (default: ${DEFAULT-VALUE}).")
    int heapMb;

    @Option(names = "--in-process", description = "Run in this JVM whatever its heap limit.")
    boolean inProcess;

    @Option(names = "--part", hidden = true, defaultValue = "ALL", description = "ALL, INGEST, QUERY or SCALE_OUT (for the child JVMs).")
    BenchRunner.Part part;

    /**
     * The JIT options the launcher gives batch commands (see ./oncoev): the ingest figures are measured in the mode
     * `ingest` runs in, the query figures with the full JIT, as `serve` runs.
     */
    static final List<String> BATCH_JIT_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    @Override
    public Integer call() throws Exception {
        if (quick && docs == 200) docs = 60;
        if (docs < 1) throw new OncoevException("--docs must be at least 1");
        if (passages < 1 || queries < 1) throw new OncoevException("--passages and --queries must be at least 1");
        for (Path dir : new Path[] {realText, realJats, realPdf}) {
            if (dir != null && !Files.isDirectory(dir)) throw new OncoevException("not a folder: " + dir);
        }
        if (workers != null && workers < 2) throw new OncoevException("--workers must be at least 2 (it is compared with one worker)");
        if (workersOnly && workers == null) throw new OncoevException("--workers-only needs --workers N");
        if (workersDocs < 2) throw new OncoevException("--workers-docs must be at least 2");
        if (workersOnly && part == BenchRunner.Part.ALL) part = BenchRunner.Part.SCALE_OUT;
        if (realDocs != null && realDocs < 1) throw new OncoevException("--real-docs must be at least 1");
        if (!inProcess && HeapMonitor.maxHeapBytes() > heapMb * 1048576L * 21 / 20) return relaunch();
        int pdfCount = pdfDocs != null ? Math.max(1, Math.min(pdfDocs, docs)) : Math.max(1, docs / 4);
        BenchRunner runner = new BenchRunner(new BenchRunner.Options(docs, pdfCount, realInputs(), passages,
                query10m ? LARGE_PASSAGES : 0, queries,
                global.dbUrl(), part, workers == null ? 0 : workers, workersDocs), System.err);
        Map<String, Object> figures = runner.run();
        print(figures);
        return 0;
    }

    /** The figures as JSON (with the targets, unless this is a child's part) or as the table. */
    private void print(Map<String, Object> figures) {
        if (part != BenchRunner.Part.ALL && !workersOnly) {
            System.out.println(JsonMapper.builder().build().writeValueAsString(figures));
        } else if (json) {
            Map<String, Object> out = new LinkedHashMap<>(figures);
            out.put("targets", BenchTargets.asJson(figures));
            System.out.println(JsonMapper.builder().build().writeValueAsString(out));
        } else {
            System.out.print(BenchTable.render(figures));
        }
    }

    /**
     * The real folders to measure: those given, else the shared ones when present (an absent one is skipped with
     * a note); null with {@code --no-real}.
     */
    RealCorpusBench.Inputs realInputs() {
        if (noReal) return null;
        int max = realDocs != null ? realDocs : quick ? 40 : Integer.MAX_VALUE;
        return new RealCorpusBench.Inputs(orDefault(realText, REAL_TEXT), orDefault(realJats, REAL_JATS),
                orDefault(realPdf, REAL_PDF), max);
    }

    private static Path orDefault(Path given, String fallback) {
        return (given != null ? given : Path.of(fallback)).toAbsolutePath().normalize();
    }

    /** The JIT options among {@code jvmArguments}: the child measures with the compilers the launcher chose. */
    static List<String> jitOptions(List<String> jvmArguments) {
        return jvmArguments.stream().filter(a -> a.startsWith("-XX:") && (a.contains("Tiered") || a.contains("Compil")
                || a.contains("Inline"))).toList();
    }

    /**
     * Runs the bench in two child JVMs with {@code -Xmx<heap>m}: the ingest part with the batch commands' JIT
     * options, then the query part with the server's; merges their figures and prints them. The parent's own JIT
     * options, when given (ONCOEV_JAVA_OPTS), go to both.
     */
    private int relaunch() throws Exception {
        List<String> parentJit = jitOptions(ManagementFactory.getRuntimeMXBean().getInputArguments());
        List<String> batchJit = parentJit.isEmpty() ? BATCH_JIT_OPTIONS : parentJit;
        if (part == BenchRunner.Part.SCALE_OUT) {
            Map<String, Object> scaleOut = child(BenchRunner.Part.SCALE_OUT, batchJit);
            if (scaleOut == null) return 1;
            print(scaleOut);
            return 0;
        }
        Map<String, Object> ingest = child(BenchRunner.Part.INGEST, batchJit);
        if (ingest == null) return 1;
        Map<String, Object> query = child(BenchRunner.Part.QUERY, parentJit);
        if (query == null) return 1;
        Map<String, Object> merged = merge(ingest, query);
        if (workers != null) {
            Map<String, Object> scaleOut = child(BenchRunner.Part.SCALE_OUT, batchJit);
            if (scaleOut == null) return 1;
            merged.put("scale_out", scaleOut.get("scale_out"));
        }
        print(merged);
        return 0;
    }

    /** The ingest part's figures with the query part's query, the larger heap peaks and both parts' JIT options. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> ingest, Map<String, Object> query) {
        Map<String, Object> out = new LinkedHashMap<>(ingest);
        out.put("query", query.get("query"));
        if (query.containsKey("query_10m")) out.put("query_10m", query.get("query_10m"));
        for (String heap : List.of("heap_peak_mb", "heap_live_peak_mb")) {
            out.put(heap, Math.max(((Number) ingest.get(heap)).doubleValue(), ((Number) query.get(heap)).doubleValue()));
        }
        Map<String, Object> machine = new LinkedHashMap<>((Map<String, Object>) ingest.get("machine"));
        machine.put("jit_options", BenchRunner.ordered("ingest", machine.get("jit_options"),
                "query", ((Map<String, Object>) query.get("machine")).get("jit_options")));
        out.put("machine", machine);
        return out;
    }

    /** Runs one part in a child JVM; returns its figures, or null when it failed (its stderr says why). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> child(BenchRunner.Part childPart, List<String> jit) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heapMb + "m", "-XX:+UseG1GC"));
        cmd.addAll(jit);
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            cmd.addAll(List.of("-jar", classPath));
        } else {
            cmd.addAll(List.of("-cp", classPath, "org.oncoev.pipeline.Main"));
        }
        cmd.addAll(List.of("bench", "--in-process", "--part", childPart.name(), "--docs", String.valueOf(docs),
                "--passages", String.valueOf(passages), "--queries", String.valueOf(queries), "--heap", String.valueOf(heapMb)));
        if (pdfDocs != null) cmd.addAll(List.of("--pdf-docs", String.valueOf(pdfDocs)));
        if (query10m) cmd.add("--query-10m");
        if (workers != null) {
            cmd.addAll(List.of("--workers", String.valueOf(workers), "--workers-docs", String.valueOf(workersDocs)));
        }
        RealCorpusBench.Inputs real = realInputs();
        if (real == null) {
            cmd.add("--no-real");
        } else {
            cmd.addAll(List.of("--real-docs", String.valueOf(real.maxDocs())));
            // a default folder that is absent stays a default (skipped with a note), not an error in the child
            if (realText != null || Files.isDirectory(real.textDir())) cmd.addAll(List.of("--text", real.textDir().toString()));
            if (realJats != null || Files.isDirectory(real.jatsDir())) cmd.addAll(List.of("--jats", real.jatsDir().toString()));
            if (realPdf != null || Files.isDirectory(real.pdfDir())) cmd.addAll(List.of("--pdf", real.pdfDir().toString()));
        }
        if (global.dbUrl() != null) cmd.addAll(List.of("--db-url", global.dbUrl()));
        System.err.println("bench: " + childPart.name().toLowerCase(Locale.ROOT) + " part in a child JVM with -Xmx" + heapMb
                + "m " + String.join(" ", jit) + " (use --in-process to run everything here)");
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) return null;
        String json = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse(null);
        return json == null ? null : JsonMapper.builder().build().readValue(json, LinkedHashMap.class);
    }
}
