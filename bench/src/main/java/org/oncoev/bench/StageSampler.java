package org.oncoev.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Attributes the thread time of an ingest run to its stages by sampling, every few milliseconds, the stacks of
 * the thread that runs the job and of the threads whose names the caller names (the ingest workers and the
 * indexing thread); no hook in the job needed. A thread parked with no work of this project on its stack (an
 * idle worker, the step waiting for a worker, the indexer waiting for updates) counts as {@link #IDLE}. Each sample is classified by the frames on the
 * stack, most specific first: Lucene indexing, re-reading passages from the database for the index, evidence
 * extraction, PDFBox's own parsing, reading and normalising (text normaliser, sectioning, sentence splitting,
 * PDF layout composition; any frame below the index updater counts as indexing, as it builds the entries), the
 * per-document database write, hashing and the already-stored lookup, and the rest (Spring Batch's own
 * metadata, commits of the chunk, the file walk).
 *
 * <p>Contract: {@link #start()} once, {@link #stop()} once; {@link #shares()} then holds each stage's fraction
 * of the sampled wall time (summing to 1 when any were taken). Sampling costs one safepoint per interval.
 */
public final class StageSampler {
    /** Stage names, in report order. */
    public static final String READ = "read_normalise";
    public static final String PDFBOX = "read_pdfbox";
    public static final String EXTRACT = "extract";
    public static final String DB_WRITE = "db_write";
    public static final String INDEX_DB_READ = "index_db_reload";
    public static final String INDEX = "index_lucene";
    public static final String HASH = "hash_lookup";
    public static final String OTHER = "batch_other";
    public static final String IDLE = "idle_wait";
    private static final String[] STAGES = {PDFBOX, READ, EXTRACT, DB_WRITE, INDEX_DB_READ, INDEX, HASH, OTHER, IDLE};
    /** Frames (class, or class.method) whose parked threads are waiting for other threads' work, not working. */
    private static final List<String> WAITING_FRAMES = List.of("org.oncoev.pipeline.ingest.LookaheadProcessor",
            "org.oncoev.pipeline.ingest.BackgroundIndexer");

    private final Thread target;
    private final Predicate<String> alsoNamed;
    private final long intervalMillis;
    private final Function<StackTraceElement[], String> classifier;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, Long> hotspots = new HashMap<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread sampler;
    private long taken;
    /** CPU nanoseconds last read per sampled thread, by thread id, with the thread's name. */
    private final Map<Long, Long> cpuNanos = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private long targetCpuAtStart;
    private volatile long samplerCpuNanos;

    /** A sampler of the ingest stages of {@code target}. */
    public StageSampler(Thread target, long intervalMillis) {
        this(target, intervalMillis, StageSampler::classify, List.of(STAGES));
    }

    /** A sampler of the ingest stages of {@code target} and of every live thread whose name {@code alsoNamed} accepts. */
    public StageSampler(Thread target, Predicate<String> alsoNamed, long intervalMillis) {
        this(target, alsoNamed, intervalMillis, StageSampler::classify, List.of(STAGES));
    }

    /** A sampler with its own {@code classifier} whose results are among {@code stages} (report order). */
    public StageSampler(Thread target, long intervalMillis, Function<StackTraceElement[], String> classifier,
                        List<String> stages) {
        this(target, name -> false, intervalMillis, classifier, stages);
    }

    private StageSampler(Thread target, Predicate<String> alsoNamed, long intervalMillis,
                         Function<StackTraceElement[], String> classifier, List<String> stages) {
        this.target = target;
        this.alsoNamed = alsoNamed;
        this.intervalMillis = Math.max(1, intervalMillis);
        this.classifier = classifier;
        for (String s : stages) counts.put(s, 0L);
    }

    /**
     * The {@code n} most sampled "stage: innermost project frame" pairs with their share of all samples: which
     * method of this project (or, failing one, which library frame) the time of each stage went to.
     */
    public synchronized Map<String, Double> hotspots(int n) {
        long total = Math.max(1, weightTotal());
        Map<String, Double> out = new LinkedHashMap<>();
        hotspots.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .forEach(e -> out.put(e.getKey(), Math.round(1000.0 * e.getValue() / total) / 1000.0));
        return out;
    }

    /** The innermost frame of this project below the library code running, e.g. {@code ChunkStore.store}. */
    static String innermostProjectFrame(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            if (c.startsWith("org.oncoev.") && !c.startsWith("org.oncoev.bench.")) {
                return c.substring(c.lastIndexOf('.') + 1) + "." + f.getMethodName();
            }
        }
        StackTraceElement top = stack[0];
        return top.getClassName().substring(top.getClassName().lastIndexOf('.') + 1) + "." + top.getMethodName();
    }

    public void start() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        targetCpuAtStart = mx.isThreadCpuTimeSupported() ? Math.max(0, mx.getThreadCpuTime(target.getId())) : 0;
        running.set(true);
        sampler = new Thread(this::loop, "bench-stage-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    public void stop() throws InterruptedException {
        running.set(false);
        sampler.join();
        readCpu(threads());
    }

    /**
     * CPU seconds of the sampled threads, summed per group: the thread that runs the step, and the others by
     * name with trailing digits dropped ({@code ingest-write-1} and {@code ingest-write-2} -> {@code ingest-write});
     * threads that ended between reads count what was last read.
     */
    public synchronized Map<String, Double> threadCpuSeconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        cpuNanos.forEach((id, nanos) -> out.merge(names.get(id), nanos / 1e9, Double::sum));
        out.put("sampler", Math.max(0, samplerCpuNanos) / 1e9); // this sampler's own cost
        return out;
    }

    private synchronized void readCpu(List<Thread> threads) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        if (!mx.isThreadCpuTimeSupported()) return;
        for (Thread t : threads) {
            long nanos = mx.getThreadCpuTime(t.getId());
            if (nanos < 0) continue;
            if (t == target) nanos -= targetCpuAtStart; // the step's thread existed before the run
            cpuNanos.put(t.getId(), nanos);
            names.put(t.getId(), t == target ? "step" : t.getName().replaceAll("-?\\d+$", ""));
        }
    }

    /** The stage of one stack (innermost frame first). */
    static String classify(StackTraceElement[] stack) {
        boolean loader = false, extractors = false, writer = false, processor = false, searchIndex = false;
        String innermostReader = null;
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            if (innermostReader == null) {
                if (c.startsWith("org.apache.pdfbox.") || c.startsWith("org.apache.fontbox.")) innermostReader = PDFBOX;
                else if (c.startsWith("org.oncoev.corpus.") && !c.startsWith("org.oncoev.corpus.index.")) innermostReader = READ;
            }
            if (c.startsWith("org.oncoev.extractors.")) extractors = true;
            else if (c.equals("org.oncoev.pipeline.search.IndexedPassageLoader")) loader = true;
            else if (c.equals("org.oncoev.pipeline.search.SearchIndex")) searchIndex = true;
            // the indexing thread and its helpers build index entries through the writer's lambdas: indexing, not storing
            else if (c.startsWith("org.oncoev.pipeline.ingest.BackgroundIndexer")) searchIndex = true;
            else if (c.startsWith("org.oncoev.pipeline.ingest.IngestWriter")) writer = true;
            else if (c.startsWith("org.oncoev.pipeline.ingest.IngestProcessor")) processor = true;
        }
        if (searchIndex) return loader ? INDEX_DB_READ : INDEX;
        if (writer) return DB_WRITE;
        if (extractors) return EXTRACT;
        if (innermostReader != null) return innermostReader;
        if (processor) return HASH;
        return OTHER;
    }

    /** True for a parked thread with no work of this project on its stack. */
    static boolean idle(Thread.State state, StackTraceElement[] stack) {
        if (state == Thread.State.RUNNABLE) return false;
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            if (c.startsWith("org.oncoev.") && !c.startsWith("org.oncoev.bench.")) {
                return WAITING_FRAMES.contains(c) || WAITING_FRAMES.contains(c + "." + f.getMethodName());
            }
        }
        return true;
    }

    /** Sampled thread-seconds per stage, in report order. */
    public synchronized Map<String, Double> threadSeconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, v / 1e6));
        return out;
    }

    /** Fraction of samples per stage, in report order. */
    public synchronized Map<String, Double> shares() {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            out.put(e.getKey(), total == 0 ? 0.0 : e.getValue() / (double) total);
        }
        return out;
    }

    /** Number of samples taken. */
    public synchronized long samples() {
        return taken;
    }

    /** Sampled time of all stages but {@link #IDLE}. */
    private long weightTotal() {
        return counts.entrySet().stream().filter(e -> !e.getKey().equals(IDLE)).mapToLong(Map.Entry::getValue).sum();
    }

    /** Each sample counts the wall time since the previous one (in microseconds), so a starved sampler thread does not under-count busy stages. */
    private void loop() {
        long last = System.nanoTime();
        List<Thread> threads = List.of(target);
        long lastListed = 0;
        while (running.get()) {
            long now = System.nanoTime();
            if (now - lastListed > 200_000_000L) { // new worker threads appear during the run
                threads = threads();
                readCpu(threads);
                lastListed = now;
            }
            long weight = Math.max(1, (now - last) / 1000);
            last = now;
            for (Thread t : threads) {
                Thread.State state = t.getState();
                StackTraceElement[] stack = t.getStackTrace();
                if (stack.length == 0) continue;
                boolean idle = counts.containsKey(IDLE) && idle(state, stack);
                String stage = idle ? IDLE : classifier.apply(stack);
                String where = stage + ": " + innermostProjectFrame(stack);
                synchronized (this) {
                    counts.merge(stage, weight, Long::sum);
                    if (!idle) hotspots.merge(where, weight, Long::sum);
                    taken++;
                }
            }
            samplerCpuNanos = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The target and the live threads accepted by {@code alsoNamed}. */
    private List<Thread> threads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) root = root.getParent();
        Thread[] all = new Thread[root.activeCount() + 16];
        int n = root.enumerate(all, true);
        List<Thread> out = new ArrayList<>();
        out.add(target);
        for (int i = 0; i < n; i++) {
            if (all[i] != target && all[i].isAlive() && alsoNamed.test(all[i].getName())) out.add(all[i]);
        }
        return out;
    }
}
