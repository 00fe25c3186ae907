package org.oncoev.pipeline.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Attributes the wall time of an ingest run to its stages by sampling the stack of the thread that runs the
 * job every few milliseconds (no hook in the job needed). Each sample is classified by the frames on the
 * stack, most specific first: Lucene indexing, re-reading passages from the database for the index, evidence
 * extraction, PDFBox's own parsing, reading and normalising (text normaliser, sectioning, sentence splitting,
 * PDF layout composition), the
 * per-document database write, hashing and the already-stored lookup, and the rest (Spring Batch's own
 * metadata, commits of the chunk, the file walk).
 *
 * <p>Contract: {@link #start()} once, {@link #stop()} once; {@link #shares()} then holds each stage's fraction
 * of the samples (summing to 1 when any were taken). Sampling costs one safepoint per interval.
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
    private static final String[] STAGES = {PDFBOX, READ, EXTRACT, DB_WRITE, INDEX_DB_READ, INDEX, HASH, OTHER};

    private final Thread target;
    private final long intervalMillis;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread sampler;

    public StageSampler(Thread target, long intervalMillis) {
        this.target = target;
        this.intervalMillis = Math.max(1, intervalMillis);
        for (String s : STAGES) counts.put(s, 0L);
    }

    public void start() {
        running.set(true);
        sampler = new Thread(this::loop, "bench-stage-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    public void stop() throws InterruptedException {
        running.set(false);
        sampler.join();
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

    /** Fraction of samples per stage, in report order. */
    public synchronized Map<String, Double> shares() {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            out.put(e.getKey(), total == 0 ? 0.0 : e.getValue() / (double) total);
        }
        return out;
    }

    public synchronized long samples() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private void loop() {
        while (running.get()) {
            StackTraceElement[] stack = target.getStackTrace();
            if (stack.length > 0) {
                String stage = classify(stack);
                synchronized (this) {
                    counts.merge(stage, 1L, Long::sum);
                }
            }
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
