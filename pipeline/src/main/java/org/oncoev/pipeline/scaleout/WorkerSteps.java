package org.oncoev.pipeline.scaleout;

import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.pipeline.ingest.ChunkStore;
import org.oncoev.pipeline.ingest.DocumentStore;
import org.oncoev.pipeline.ingest.IngestItem;
import org.oncoev.pipeline.ingest.IngestProcessor;
import org.oncoev.pipeline.ingest.IngestWriter;
import org.oncoev.pipeline.ingest.LookaheadProcessor;
import org.oncoev.pipeline.ingest.ReaderLookup;
import org.oncoev.pipeline.ingest.SourceFile;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The worker's step, {@value #STEP_NAME}: the single-JVM ingest's processor ({@link IngestProcessor}, run ahead on
 * the worker's extraction threads by a {@link LookaheadProcessor}) and writer ({@link IngestWriter} over
 * {@link ChunkStore}, one chunk per transaction) over one partition's manifest rows ({@link ManifestReader});
 * PostgreSQL only: no search index on workers, the manager catches it up. A new step (and reader) per request, so
 * nothing of one partition lingers into the next. The processor has no file states: the plan settled unchanged files.
 * A stopping worker ({@link #stopAtNextChunk()}) leaves its partition at a chunk boundary for another worker.
 */
public final class WorkerSteps implements StepLocator {
    public static final String STEP_NAME = "ingest-partition";

    private final JobRepository repository;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager tm;
    private final IngestProcessor processor;
    private final ThreadPoolTaskExecutor pool;
    private final int chunkSize;
    private final int threads;
    private final ObservationRegistry observations;
    private volatile boolean stopping;
    private volatile Runnable leaving = () -> {};

    /** {@code threads}: extraction threads of this worker (the pool's size). */
    public WorkerSteps(JobRepository repository, JdbcTemplate jdbc, PlatformTransactionManager tm, ReaderLookup readers,
                       long maxFileBytes, IngestProcessor.Limits limits, int chunkSize, int threads,
                       ObservationRegistry observations) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.tm = tm;
        this.chunkSize = Math.max(1, chunkSize);
        this.threads = Math.max(1, threads);
        this.observations = observations;
        this.processor = new IngestProcessor(readers, EvidenceExtraction.defaults(), new DocumentStore(jdbc), maxFileBytes,
                Map.of(), limits);
        this.pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(this.threads);
        pool.setMaxPoolSize(this.threads);
        pool.setThreadNamePrefix("worker-");
        pool.setDaemon(true);
        pool.initialize();
    }

    public int threads() {
        return threads;
    }

    /** A fresh worker step for {@value #STEP_NAME}; null for any other name. */
    @Override
    public Step getStep(String stepName) {
        if (!STEP_NAME.equals(stepName)) return null;
        ManifestReader reader = new ManifestReader(jdbc, chunkSize, () -> stopping, leaving);
        DocumentStore store = new DocumentStore(jdbc);
        LookaheadProcessor lookahead = new LookaheadProcessor(processor, reader::following, pool.getThreadPoolExecutor(),
                chunkSize + 2 * threads);
        IngestWriter writer = new IngestWriter(store, new ChunkStore(jdbc), null, tm, null);
        return new StepBuilder(STEP_NAME, repository).<SourceFile, IngestItem>chunk(chunkSize)
                .reader(reader).processor(lookahead).writer(writer)
                .transactionManager(tm)
                .observationRegistry(observations)
                .build();
    }

    /**
     * The worker is stopping (its context closes: SIGTERM, Ctrl-C): a running partition stops at its next chunk
     * boundary, having run {@code leaving} ({@link ManifestReader}); called before the broker's consumer stops.
     */
    public void stopAtNextChunk() {
        stopping = true;
    }

    /** What a partition stopped by {@link #stopAtNextChunk()} runs first (the worker lets go of its claim). */
    public void whenLeaving(Runnable leaving) {
        this.leaving = leaving;
    }

    /** Stops the extraction threads. */
    public void close() {
        pool.shutdown();
    }
}
