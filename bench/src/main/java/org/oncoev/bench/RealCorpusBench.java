package org.oncoev.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import static org.oncoev.bench.BenchRunner.ordered;
import static org.oncoev.bench.BenchRunner.round;

/**
 * The bench's real-corpus part: papers as text, the same papers as JATS, and real article PDFs, each timed with
 * the same single-stage paths as the generated corpus ({@link StageCeilings}) and with the real ingest job (the
 * caller's {@link E2e}). Figures are throughputs and ratios plus papers/s and pages/s per core, so a backfill can
 * be sized. A folder that is null or absent is skipped with a note in its map. The inputs are linked (not copied)
 * into a folder of their own under {@code work}, so the job sees only the papers measured.
 */
final class RealCorpusBench {
    /** The real folders (any may be null) and at most {@code maxDocs} papers taken from each, sorted by name. */
    record Inputs(Path textDir, Path jatsDir, Path pdfDir, int maxDocs) {}

    /** The real ingest job over one folder; the map holds at least {@code seconds} (a Double), and may hold {@code stages}. */
    interface E2e {
        Map<String, Object> ingest(Path folder) throws Exception;
    }

    /** Storing the files' documents and findings alone; returns the work seconds it cost (JVM and server). */
    interface Store {
        StoreTiming store(List<Path> files) throws Exception;
    }

    /** Wall seconds of storing alone and the CPU seconds of work it cost (JDBC thread plus server, where known). */
    record StoreTiming(double seconds, double workSeconds) {}

    private final Inputs inputs;
    private final Path work;
    private final PrintStream progress;
    private final int cores = Runtime.getRuntime().availableProcessors();

    RealCorpusBench(Inputs inputs, Path work, PrintStream progress) {
        this.inputs = inputs;
        this.work = work;
        this.progress = progress;
    }

    /** Measures what is there; returns {@code text}, {@code jats} and {@code pdf} maps. */
    Map<String, Object> measure(E2e e2e, Store store) throws Exception {
        return ordered("text", papers("text", inputs.textDir(), e2e, store, ".txt", ".md"),
                "jats", papers("jats", inputs.jatsDir(), e2e, null, ".nxml", ".xml"),
                "pdf", pdfs(e2e));
    }

    /** One folder of papers: reading, extraction and Lucene alone, storing alone (text only), end to end. */
    private Map<String, Object> papers(String kind, Path dir, E2e e2e, Store store, String... suffixes) throws Exception {
        List<Path> files = inputs(kind, dir, suffixes);
        if (files.isEmpty()) return skipped(kind, dir);
        Path folder = linked(kind, files);
        double mb = BenchCorpus.bytes(files) / 1e6;
        step("real %s: %d papers (%.1f MB) from %s: stages alone", kind, files.size(), mb, dir);
        // real papers take paths generated ones do not (tables, JATS, long sections): warm them as the generated ones
        JitWarmUp.Result warmUp = JitWarmUp.untilSettled(round -> {
            StageCeilings.readOnly(files);
            StageCeilings.extractOnly(files);
            StageCeilings.luceneOnly(files, work.resolve("real-" + kind + "-warm-lucene-" + round));
        });
        StageCeilings.Timing read = StageCeilings.readOnly(files);
        StageCeilings.Timing extract = StageCeilings.extractOnly(files);
        double lucene = StageCeilings.luceneOnly(files, work.resolve("real-" + kind + "-lucene"));
        StoreTiming stored = store == null ? null : store.store(files);
        step("real %s: end-to-end ingest", kind);
        Map<String, Object> ingested = e2e.ingest(folder);
        double seconds = (double) ingested.get("seconds");
        Map<String, Object> out = ordered("e2e_mb_s", round(mb / seconds), "papers_s", round(files.size() / seconds),
                "papers_s_per_core", round(files.size() / seconds / cores), "lucene_only_mb_s", round(mb / lucene),
                "ratio", round(lucene / seconds), "extract_mb_s", round(mb / extract.seconds()),
                "extract_cpu_mb_s", round(mb / extract.cpuSeconds()), "read_mb_s", round(mb / read.seconds()),
                "files", files.size(), "mb", round(mb), "e2e_seconds", round(seconds), "lucene_only_seconds", round(lucene),
                "read_alone_cpu_seconds", round(read.cpuSeconds()), "extract_alone_seconds", round(extract.seconds()),
                "extract_alone_cpu_seconds", round(extract.cpuSeconds()));
        out.put("warm_up", warmUp.asMap());
        if (stored != null) {
            StageCeilings.Bound bound = StageCeilings.bound(read.cpuSeconds(), extract.cpuSeconds(), lucene,
                    stored.workSeconds(), cores);
            out.put("store_alone_seconds", round(stored.seconds()));
            out.put("store_alone_work_seconds", round(stored.workSeconds()));
            out.put("bound_seconds", round(bound.seconds()));
            out.put("bound_ratio", round(bound.ratio()));
            out.put("e2e_of_bound", round(bound.seconds() / seconds));
            out.put("gap", BoundGap.of(seconds, cores, bound, ingested));
        }
        if (ingested.get("cpu_seconds") != null) out.put("cpu_seconds", ingested.get("cpu_seconds")); // the timed run's
        if (ingested.get("stages") != null) out.put("stages", ingested.get("stages")); // the sampled twin run's stages
        return out;
    }

    /** The PDF folder: PDFBox-only, pdftotext when installed, and the end-to-end ingest, in pages/s. */
    private Map<String, Object> pdfs(E2e e2e) throws Exception {
        List<Path> files = inputs("pdf", inputs.pdfDir(), ".pdf");
        if (files.isEmpty()) return skipped("pdf", inputs.pdfDir());
        Path folder = linked("pdf", files);
        step("real pdf: %d PDFs from %s: PDFBox-only, pdftotext", files.size(), inputs.pdfDir());
        StageCeilings.pdfboxOnly(files); // untimed pass: real PDFs reach font and filter code the generated ones do not
        long[] pages = new long[1];
        double pdfbox = StageCeilings.pdfboxOnly(files, pages);
        PdftotextTiming.Result pdftotext = PdftotextTiming.run(files);
        step("real pdf: end-to-end ingest");
        double seconds = (double) e2e.ingest(folder).get("seconds");
        Map<String, Object> out = ordered("e2e_pages_s", round(pages[0] / seconds), "pdfbox_only_pages_s",
                round(pages[0] / pdfbox), "ratio", round(pdfbox / seconds), "pages_s_per_core",
                round(pages[0] / seconds / cores), "papers_s_per_core", round(files.size() / seconds / cores),
                "files", files.size(), "pages", pages[0], "e2e_seconds", round(seconds), "pdfbox_only_seconds", round(pdfbox));
        if (pdftotext == null) {
            out.put("pdftotext", "not installed (Debian: poppler-utils)");
        } else {
            out.put("pdftotext_pages_s", round(pages[0] / pdftotext.seconds()));
            out.put("pdftotext_seconds", round(pdftotext.seconds()));
            out.put("pdftotext_failures", pdftotext.failures());
            out.put("e2e_of_pdftotext", round(pdftotext.seconds() / seconds));
        }
        return out;
    }

    /** The first {@code maxDocs} files of {@code dir} with the suffixes; none when the folder is null or absent. */
    private List<Path> inputs(String kind, Path dir, String... suffixes) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) return List.of();
        List<Path> all = BenchCorpus.list(dir, suffixes);
        return all.subList(0, Math.min(all.size(), Math.max(1, inputs.maxDocs())));
    }

    private Map<String, Object> skipped(String kind, Path dir) {
        String why = dir == null ? "no folder given" : Files.isDirectory(dir) ? "no papers in " + dir : "absent: " + dir;
        step("real %s skipped (%s)", kind, why);
        return ordered("skipped", why);
    }

    /** A fresh folder under {@code work} holding a link to each file (a copy where links are refused). */
    private Path linked(String kind, List<Path> files) throws IOException {
        Path folder = Files.createDirectories(work.resolve("real-" + kind));
        for (Path f : files) {
            Path link = folder.resolve(f.getFileName().toString());
            if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue; // same name in two subfolders
            try {
                Files.createSymbolicLink(link, f.toAbsolutePath());
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(f, link);
            }
        }
        return folder;
    }

    private void step(String format, Object... args) {
        progress.printf("bench: " + format + "%n", args);
    }
}
