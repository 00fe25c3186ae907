package org.oncoev.pipeline.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code oncoev bench}: throughput, stage shares, peak heap and query latency on a generated corpus (see
 * {@link BenchRunner}). Unless told {@code --in-process}, it runs itself again in a child JVM limited to
 * {@code --heap} MB when the current JVM may use more, so the heap figure is measured under that limit.
 * The database is a throwaway one on {@code --db-url}/{@code ONCOEV_DB_URL} (dropped afterwards) or, without
 * one, an embedded PostgreSQL under a temporary folder. Progress goes to stderr; figures to stdout.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure ingest throughput against Lucene-only and PDFBox-only ceilings, extraction speed, "
                + "the time share of each ingest stage, peak heap and query latency at 1M passages.",
                "Targets: text e2e >= 0.6 x Lucene-only, PDF e2e >= 0.5 x PDFBox-only, heap <= 512 MB, "
                        + "query p50 <= 10 ms and p99 <= 100 ms."})
public class BenchCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "200", description = "Generated papers (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--pdf-docs", paramLabel = "N", description = "Of those, rendered as PDF (default: docs / 4, at least 1).")
    Integer pdfDocs;

    @Option(names = "--pdf", paramLabel = "DIR", description = "Take the PDF set from this folder instead of rendering it.")
    Path pdfFolder;

    @Option(names = "--passages", paramLabel = "N", defaultValue = "1000000",
            description = "Passages in the synthetic query index (default: ${DEFAULT-VALUE}).")
    long passages;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "2000", description = "Timed queries (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--heap", paramLabel = "MB", defaultValue = "512",
            description = "Heap limit of the child JVM the bench runs in (default: ${DEFAULT-VALUE}).")
    int heapMb;

    @Option(names = "--in-process", description = "Run in this JVM whatever its heap limit.")
    boolean inProcess;

    @Override
    public Integer call() throws Exception {
        if (docs < 1) throw new OncoevException("--docs must be at least 1");
        if (passages < 1 || queries < 1) throw new OncoevException("--passages and --queries must be at least 1");
        if (pdfFolder != null && !Files.isDirectory(pdfFolder)) throw new OncoevException("not a folder: " + pdfFolder);
        if (!inProcess && HeapMonitor.maxHeapBytes() > heapMb * 1048576L * 21 / 20) return relaunch();
        int pdfCount = pdfDocs != null ? Math.max(1, Math.min(pdfDocs, docs)) : Math.max(1, docs / 4);
        BenchRunner runner = new BenchRunner(new BenchRunner.Options(docs, pdfCount,
                pdfFolder == null ? null : pdfFolder.toAbsolutePath(), passages, queries, global.dbUrl()), System.err);
        Map<String, Object> figures = runner.run();
        if (json) {
            System.out.println(JsonMapper.builder().build().writeValueAsString(figures));
        } else {
            System.out.print(BenchTable.render(figures));
        }
        return 0;
    }

    /** The JIT options among {@code jvmArguments}: the child measures with the compilers the launcher chose. */
    static List<String> jitOptions(List<String> jvmArguments) {
        return jvmArguments.stream().filter(a -> a.startsWith("-XX:") && (a.contains("Tiered") || a.contains("Compil")
                || a.contains("Inline"))).toList();
    }

    /** Runs the same bench in a child JVM with {@code -Xmx<heap>m}; returns its exit code. */
    private int relaunch() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heapMb + "m", "-XX:+UseG1GC"));
        cmd.addAll(jitOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            cmd.addAll(List.of("-jar", classPath));
        } else {
            cmd.addAll(List.of("-cp", classPath, "org.oncoev.pipeline.Main"));
        }
        cmd.addAll(List.of("bench", "--in-process", "--docs", String.valueOf(docs), "--passages", String.valueOf(passages),
                "--queries", String.valueOf(queries), "--heap", String.valueOf(heapMb)));
        if (json) cmd.add("--json");
        if (pdfDocs != null) cmd.addAll(List.of("--pdf-docs", String.valueOf(pdfDocs)));
        if (pdfFolder != null) cmd.addAll(List.of("--pdf", pdfFolder.toAbsolutePath().toString()));
        if (global.dbUrl() != null) cmd.addAll(List.of("--db-url", global.dbUrl()));
        System.err.println("bench: running in a child JVM with -Xmx" + heapMb + "m " + String.join(" ", jitOptions(cmd))
                + " (use --in-process to skip)");
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }
}
