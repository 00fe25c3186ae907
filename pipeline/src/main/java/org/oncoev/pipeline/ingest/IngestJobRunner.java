package org.oncoev.pipeline.ingest;

import io.micrometer.observation.ObservationRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.pipeline.cli.OncoevException;
import org.oncoev.pipeline.cli.OneLineErrors;
import org.oncoev.pipeline.db.DatabaseErrors;
import org.oncoev.pipeline.db.FailureCause;
import org.oncoev.pipeline.db.JobLock;
import org.oncoev.pipeline.db.UnfinishedExecutions;
import org.oncoev.pipeline.search.SearchIndex;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds and runs the {@code ingest} job: one chunk-oriented step ({@link SourceFileReader} ->
 * {@link IngestProcessor} -> {@link IngestWriter}) over the given folders, with the JDBC job repository.
 *
 * <p>Job parameters are the sorted folder list and a run number. When the last execution for the same
 * folders failed, stopped, or was left running by a killed process, the same parameters are used again so
 * Spring Batch restarts that execution from its last committed chunk; otherwise a new run number starts a
 * new job instance. Writes are keyed by content (sha256), so a restart never duplicates anything.
 */
@Component
public class IngestJobRunner {
    public static final String JOB_NAME = "ingest";
    public static final String STEP_NAME = "ingest-files";

    /** The outcome of one ingest command. */
    public record Result(long jobExecutionId, BatchStatus status, IngestCounts counts, boolean restarted) {}

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactionManager;
    private final ReaderLookup readers;
    private final SearchIndex searchIndex;
    private final long maxFileBytes;
    private final IngestProcessor.Limits limits;
    private final int chunkSize;
    private final int threads;
    private final ObservationRegistry observations;

    /** {@code observations}: Spring Batch's job, step and item observations (metrics in {@code serve}) go there. */
    public IngestJobRunner(JobRepository jobRepository, JobOperator jobOperator, JdbcTemplate jdbc,
                           PlatformTransactionManager transactionManager, ReaderLookup readers, SearchIndex searchIndex,
                           @Value("${oncoev.ingest.max-file-bytes:52428800}") long maxFileBytes,
                           @Value("${oncoev.ingest.chunk-size:25}") int chunkSize,
                           @Value("${oncoev.ingest.threads:0}") int threads,
                           @Value("${oncoev.ingest.file-time-limit:120s}") java.time.Duration fileTimeLimit,
                           @Value("${oncoev.ingest.max-chars:2000000}") int maxChars,
                           @Value("${oncoev.ingest.max-findings:20000}") int maxFindings,
                           ObjectProvider<ObservationRegistry> observations) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.jdbc = jdbc;
        this.transactionManager = transactionManager;
        this.readers = readers;
        this.searchIndex = searchIndex;
        this.maxFileBytes = maxFileBytes;
        this.limits = new IngestProcessor.Limits(fileTimeLimit, maxChars, maxFindings);
        this.chunkSize = Math.max(1, chunkSize);
        this.threads = threads > 0 ? threads : Math.min(4, Runtime.getRuntime().availableProcessors());
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
    }

    /**
     * Ingests {@code folders} under the database's batch lock ({@link JobLock}: a second, overlapping run fails at
     * once with {@link JobLock#BUSY}); fails with a one-line {@link OncoevException} when the job fails.
     */
    public Result run(List<Path> folders) {
        return run(folders, IngestFilter.DEFAULT);
    }

    /** Like {@link #run(List)}, ingesting only the files {@code filter} accepts. */
    public Result run(List<Path> folders, IngestFilter filter) {
        String key = folderKey(folders);
        try (JobLock lock = JobLock.acquire(jdbc.getDataSource())) {
            return runLocked(folders, key, filter);
        }
    }

    private Result runLocked(List<Path> folders, String key, IngestFilter filter) {
        JobParameters params = parametersFor(key);
        boolean restarted = params.getLong("run") != null && isRestart(key, params.getLong("run"));
        ThreadPoolTaskExecutor workers = workers();
        IngestProgress progress = IngestProgress.forThisProcess();
        JobExecution execution;
        try {
            execution = jobOperator.start(buildJob(folders, key, workers, progress, filter), params);
        } catch (Exception e) {
            if (DatabaseErrors.connectionLost(e)) throw new OncoevException(DatabaseErrors.lostConnection("ingest", e), e);
            throw new OncoevException("cannot start the ingest job: " + OneLineErrors.describe(e), e);
        } finally {
            workers.shutdown();
            progress.finish();
        }
        // the latest execution of each step in this job instance: a restart skips the steps that had completed
        StepExecution files = jobRepository.getLastStepExecution(execution.getJobInstance(), STEP_NAME);
        StepExecution gone = jobRepository.getLastStepExecution(execution.getJobInstance(), GoneFiles.STEP_NAME);
        IngestCounts counts = files == null ? new IngestCounts() : IngestCounts.from(files.getExecutionContext());
        counts.gone = gone == null ? 0 : gone.getExecutionContext().getLong(GoneFiles.COUNT_KEY, 0);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            List<Throwable> failures = execution.getAllFailureExceptions();
            if (!failures.isEmpty() && DatabaseErrors.connectionLost(failures.get(0))) {
                throw new OncoevException(DatabaseErrors.lostConnection("ingest job " + execution.getId(), failures.get(0)));
            }
            String reason = failures.isEmpty() ? execution.getExitStatus().getExitDescription()
                    : OneLineErrors.describe(failures.get(0));
            if (!failures.isEmpty()) FailureCause.record(jobRepository, execution, reason);
            throw new OncoevException("ingest job " + execution.getId() + " " + execution.getStatus() + ": " + reason
                    + " (rerun the same command to continue where it stopped)");
        }
        return new Result(execution.getId(), execution.getStatus(), counts, restarted);
    }

    /**
     * The job over {@code folders}; a new instance per run so no state is shared between runs. Step 1 reads and
     * writes in the calling thread, in path order, while {@code workers} process (hash, parse, extract) the files
     * of this chunk and the next one ahead of it ({@link LookaheadProcessor}) and a {@link BackgroundIndexer}
     * thread feeds Lucene: restart positions and write order stay those of a single-threaded run. Step 2 marks
     * deleted files gone. Only files {@code filter} accepts are read.
     */
    Job buildJob(List<Path> folders, String key, ThreadPoolTaskExecutor workers, IngestProgress progress,
                 IngestFilter filter) {
        DocumentStore store = new DocumentStore(jdbc);
        SourceFileReader reader = new SourceFileReader(folders,
                name -> readers.forFile(name).isPresent() && filter.accepts(name), progress);
        // recorded file states read once: an unchanged or new file then costs no query before it is hashed
        IngestProcessor processor = new IngestProcessor(readers, EvidenceExtraction.defaults(), store, maxFileBytes,
                store.fileStatesUnder(List.of(key.split(java.io.File.pathSeparator))), limits);
        // workers run ahead of the step by a chunk and a few files, so they never wait for the chunk's write
        LookaheadProcessor lookahead = new LookaheadProcessor(processor, reader::following,
                workers.getThreadPoolExecutor(), chunkSize + 2 * threads);
        // a chunk's new documents are stored in one transaction, one statement per table
        IngestWriter writer = new IngestWriter(store, new ChunkStore(jdbc), searchIndex, transactionManager, progress);
        Step step = new StepBuilder(STEP_NAME, jobRepository).<SourceFile, IngestItem>chunk(chunkSize)
                .reader(reader).processor(lookahead).writer(writer)
                .transactionManager(transactionManager)
                .observationRegistry(observations)
                .build();
        Step gone = new StepBuilder(GoneFiles.STEP_NAME, jobRepository)
                .tasklet(new GoneFiles(store, searchIndex, List.of(key.split(java.io.File.pathSeparator)), transactionManager,
                        jobRepository), transactionManager)
                .observationRegistry(observations)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository).start(step).next(gone).observationRegistry(observations).build();
    }

    private ThreadPoolTaskExecutor workers() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setThreadNamePrefix("ingest-");
        pool.setDaemon(true);
        pool.initialize();
        return pool;
    }

    /** Absolute, normalised, sorted folder paths joined by the path separator; each must be a directory. */
    public static String folderKey(List<Path> folders) {
        if (folders.isEmpty()) throw new OncoevException("no folder given");
        TreeSet<String> paths = new TreeSet<>();
        for (Path f : folders) {
            Path abs = f.toAbsolutePath().normalize();
            if (!Files.isDirectory(abs)) throw new OncoevException("not a folder: " + f);
            paths.add(abs.toString());
        }
        return String.join(java.io.File.pathSeparator, new ArrayList<>(paths));
    }

    /** Parameters that restart an unfinished execution for these folders, or start a new instance. */
    private JobParameters parametersFor(String key) {
        long run = UnfinishedExecutions.last(jdbc, jobRepository, jobOperator, JOB_NAME, key)
                .map(e -> e.getJobParameters().getLong("run")).orElse(System.currentTimeMillis());
        return new JobParametersBuilder().addString("folders", key).addLong("run", run).toJobParameters();
    }

    private boolean isRestart(String key, long run) {
        return jobRepository.getJobInstance(JOB_NAME, new JobParametersBuilder().addString("folders", key)
                .addLong("run", run).toJobParameters()) != null;
    }
}
