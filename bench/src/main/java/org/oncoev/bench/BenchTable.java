package org.oncoev.bench;

import java.util.Locale;
import java.util.Map;

/** Renders the bench figures (the map {@link BenchRunner#run()} returns) as a readable table, then each target judged ({@link BenchTargets}). */
public final class BenchTable {
    private BenchTable() {}

    public static String render(Map<String, Object> f) {
        if (!f.containsKey("text") && f.containsKey("scale_out")) { // bench --workers N --workers-only
            StringBuilder only = new StringBuilder();
            scaleOutRows(only, map(f.get("scale_out")));
            return only.toString();
        }
        Map<String, Object> text = map(f.get("text"));
        Map<String, Object> pdf = map(f.get("pdf"));
        Map<String, Object> query = map(f.get("query"));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-34s %12s%n", "measure", "value"));
        row(sb, "text e2e MB/s", text.get("e2e_mb_s"));
        row(sb, "text Lucene-only MB/s", text.get("lucene_only_mb_s"));
        row(sb, "text ratio e2e / Lucene-only", text.get("ratio"));
        Map<String, Object> bound = map(f.get("bound"));
        if (!bound.isEmpty()) {
            row(sb, "text ratio bound (" + bound.get("cores") + " cores)", bound.get("text_ratio"));
            row(sb, "text e2e speed / bound", bound.get("e2e_of_bound"));
        }
        row(sb, "PDF e2e pages/s", pdf.get("e2e_pages_s"));
        row(sb, "PDF PDFBox-only pages/s", pdf.get("pdfbox_only_pages_s"));
        row(sb, "PDF ratio e2e / PDFBox-only", pdf.get("ratio"));
        row(sb, "extraction alone MB/s", f.get("extract_mb_s"));
        row(sb, "heap peak MB (limit " + f.get("heap_max_mb") + ")", f.get("heap_peak_mb"));
        row(sb, "heap live peak MB (after GC)", f.get("heap_live_peak_mb"));
        row(sb, "query passages", query.get("passages"));
        row(sb, "query p50 ms", query.get("p50_ms"));
        row(sb, "query p99 ms", query.get("p99_ms"));
        Map<String, Object> large = map(f.get("query_10m"));
        if (!large.isEmpty()) {
            row(sb, "query passages (large index)", large.get("passages"));
            row(sb, "query p50 / p99 ms (large index)", large.get("p50_ms") + " / " + large.get("p99_ms"));
            row(sb, "large index built in s", large.get("build_seconds"));
        }
        targetRows(sb, f);
        sb.append(String.format(Locale.ROOT, "%ninputs: %s text files (%s MB), %s PDFs (%s pages); query index built in %s s%n",
                text.get("files"), text.get("mb"), pdf.get("files"), pdf.get("pages"), query.get("build_seconds")));
        if (!bound.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nbound of the text path: each stage alone on one thread: read %s CPU-s, "
                    + "extract %s CPU-s, Lucene %s s, store %s CPU-s (JDBC %s + PostgreSQL %s; %s s wall); summed %s over "
                    + "%s cores = %s s at best, so e2e / Lucene-only <= %s here%n", bound.get("read_alone_cpu_seconds"),
                    bound.get("extract_alone_cpu_seconds"), bound.get("lucene_only_seconds"), bound.get("store_alone_work_seconds"),
                    bound.get("store_alone_jvm_cpu_seconds"), bound.get("store_alone_postgres_cpu_seconds"),
                    bound.get("store_alone_seconds"), bound.get("work_seconds"), bound.get("cores"), bound.get("seconds"),
                    bound.get("text_ratio")));
            gapRow(sb, map(bound.get("gap")));
        }
        realRows(sb, map(f.get("real")));
        scaleOutRows(sb, map(f.get("scale_out")));
        sb.append(String.format(Locale.ROOT, "%nquery latency by query (p50 / p99 ms):%n"));
        for (Map.Entry<String, Object> e : map(query.get("by_query")).entrySet()) {
            Map<String, Object> q = map(e.getValue());
            sb.append(String.format(Locale.ROOT, "  %-40s %8s %8s%n", e.getKey(), q.get("p50_ms"), q.get("p99_ms")));
        }
        sb.append("  time share per search phase: ").append(query.get("phase_shares")).append('\n');
        Map<String, Object> stages = map(f.get("stages"));
        for (String path : new String[] {"text", "pdf"}) {
            sb.append(String.format(Locale.ROOT, "%nstages of the %s sampled run (the folder's twin, before the timed one; "
                    + "%s s wall; share of busy thread time, thread-seconds; %s threads busy on average):%n", path,
                    map(stages.get(path)).get("seconds"),
                    map(stages.get(path)).get("busy_threads")));
            for (Map.Entry<String, Object> e : map(stages.get(path)).entrySet()) {
                if (!(e.getValue() instanceof Map<?, ?>) || e.getKey().equals("hotspots") || e.getKey().equals("cpu_seconds")) continue;
                Map<String, Object> s = map(e.getValue());
                String share = s.containsKey("share") ? String.format(Locale.ROOT, "%6.1f%%", 100 * num(s.get("share"))) : "       ";
                sb.append(String.format(Locale.ROOT, "  %-18s %s %9.2f s%n", e.getKey(), share, num(s.get("seconds"))));
            }
            Object cpu = map(stages.get(path)).get("cpu_seconds");
            if (cpu != null) sb.append("  CPU seconds used: ").append(cpu).append('\n');
            sb.append("  hotspots (share of samples):\n");
            map(map(stages.get(path)).get("hotspots")).forEach((k, v) -> sb.append(String.format(Locale.ROOT,
                    "    %5.1f%%  %s%n", 100 * num(v), k)));
        }
        return sb.toString();
    }

    /** The real-corpus figures: text and JATS in MB/s and papers/s per core, PDFs in pages/s; skipped ones say why. */
    private static void realRows(StringBuilder sb, Map<String, Object> real) {
        if (real.isEmpty()) return;
        sb.append(String.format(Locale.ROOT, "%nreal papers:%n"));
        for (String kind : new String[] {"text", "jats"}) {
            Map<String, Object> r = map(real.get(kind));
            if (r.containsKey("skipped")) {
                sb.append(String.format(Locale.ROOT, "  %s: skipped (%s)%n", kind, r.get("skipped")));
                continue;
            }
            sb.append(String.format(Locale.ROOT, "  %s: %s papers, %s MB: e2e %s MB/s, %s papers/s per core; Lucene-only "
                    + "%s MB/s, ratio %s; extraction alone (1 thread) %s MB/s%s%n", kind, r.get("files"), r.get("mb"),
                    r.get("e2e_mb_s"), r.get("papers_s_per_core"), r.get("lucene_only_mb_s"), r.get("ratio"),
                    r.get("extract_mb_s"), r.containsKey("e2e_of_bound") ? "; e2e speed / bound " + r.get("e2e_of_bound")
                            + " (bound ratio " + r.get("bound_ratio") + ")" : ""));
            gapRow(sb, map(r.get("gap")));
        }
        Map<String, Object> pdf = map(real.get("pdf"));
        if (pdf.containsKey("skipped")) {
            sb.append(String.format(Locale.ROOT, "  pdf: skipped (%s)%n", pdf.get("skipped")));
        } else if (!pdf.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "  pdf: %s files, %s pages: e2e %s pages/s, %s pages/s per core; "
                    + "PDFBox-only %s pages/s, ratio %s; pdftotext %s%n", pdf.get("files"), pdf.get("pages"),
                    pdf.get("e2e_pages_s"), pdf.get("pages_s_per_core"), pdf.get("pdfbox_only_pages_s"), pdf.get("ratio"),
                    pdf.containsKey("pdftotext_pages_s")
                            ? pdf.get("pdftotext_pages_s") + " pages/s" : pdf.get("pdftotext")));
        }
    }

    /** The timed run's wall time split as {@link BoundGap} does: the stages' work, work beyond it, idle cores. */
    static void gapRow(StringBuilder sb, Map<String, Object> gap) {
        if (gap.isEmpty()) return;
        sb.append(String.format(Locale.ROOT, "    e2e %s s wall = stage work %s + extra work %s (GC %s, JIT %s CPU-s) + idle "
                + "cores %s (in seconds of wall over the cores); bound %s s%n", gap.get("wall_seconds"),
                gap.get("wall_from_stage_work"), gap.get("wall_from_extra_work"), gap.get("of_which_gc"),
                gap.get("of_which_jit"), gap.get("wall_from_idle_cores"), gap.get("bound_seconds")));
    }

    /** Each target of {@link BenchTargets}: what, the goal, the figure measured, met / NOT MET (or why not judged). */
    private static void targetRows(StringBuilder sb, Map<String, Object> f) {
        sb.append(String.format(Locale.ROOT, "%ntargets:%n  %-48s %-20s %-20s %s%n", "target", "goal", "measured", "verdict"));
        for (BenchTargets.Target t : BenchTargets.of(f)) {
            sb.append(String.format(Locale.ROOT, "  %-48s %-20s %-20s %s%n", t.name(), t.goal(), t.value(), t.verdict()));
        }
    }

    /** Scale-out ({@code --workers N}): papers/s with one worker JVM and with N, and the ratio against its target. */
    static void scaleOutRows(StringBuilder sb, Map<String, Object> s) {
        if (s.isEmpty()) return;
        sb.append(String.format(Locale.ROOT, "%nscale-out (ingest --workers; one extraction thread per worker JVM; %s "
                + "generated papers, partitions of %s; papers/s of the partitioned step):%n", s.get("files"), s.get("partition_size")));
        for (String key : new String[] {"one_worker", "n_workers"}) {
            Map<String, Object> r = map(s.get(key));
            sb.append(String.format(Locale.ROOT, "  %s worker JVM(s): %8s papers/s  (partitioned step %s s, job %s s; %s)%n",
                    r.get("worker_jvms"), r.get("papers_s"), r.get("partitioned_step_seconds"), r.get("job_seconds"), r.get("summary")));
            Object cpu = r.get("cpu_seconds");
            if (cpu != null) sb.append("    CPU seconds of the job: ").append(cpu).append('\n');
            Object step = r.get("step_cpu_seconds");
            if (step != null) {
                sb.append(String.format(Locale.ROOT, "    CPU seconds of the partitioned step: %s = %s cores, %s CPU-ms per "
                        + "paper (workers %s: extraction threads %s, the rest of the worker JVMs %s)%n", step, r.get("cores_used"),
                        r.get("cpu_ms_per_paper"), r.get("worker_cpu_ms_per_paper"), r.get("extraction_thread_cpu_ms_per_paper"),
                        r.get("worker_other_cpu_ms_per_paper")));
            }
        }
        if (s.get("ceiling") != null) {
            sb.append(String.format(Locale.ROOT, "  ceiling on this machine: min(%s workers, %s cores / %s cores used by one "
                    + "worker) = %sx; ratio %sx = %s of it; scale-out efficiency (papers per CPU-second, %s / one) %s; "
                    + "load average %s%n", s.get("workers"), s.get("machine_cores"), s.get("one_worker_cores"), s.get("ceiling"),
                    s.get("ratio"), s.get("ratio_of_ceiling"), s.get("workers"), s.get("efficiency"), s.get("load_average")));
        }
        BenchTargets.Target t = BenchTargets.scaleOut(Map.of("scale_out", s));
        sb.append(String.format(Locale.ROOT, "  target: %s %s: measured %s, %s%n", t.name(), t.goal(), t.value(), t.verdict()));
        if (t.note() != null) sb.append("    (").append(t.note()).append(")\n");
    }

    private static void row(StringBuilder sb, String name, Object value) {
        sb.append(String.format(Locale.ROOT, "%-34s %12s%n", name, value));
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
