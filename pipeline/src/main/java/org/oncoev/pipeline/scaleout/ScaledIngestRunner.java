package org.oncoev.pipeline.scaleout;

import io.micrometer.observation.ObservationRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.oncoev.pipeline.cli.OncoevException;
import org.oncoev.pipeline.cli.OneLineErrors;
import org.oncoev.pipeline.db.DatabaseErrors;
import org.oncoev.pipeline.db.FailureCause;
import org.oncoev.pipeline.db.JobLock;
import org.oncoev.pipeline.ingest.DocumentStore;
import org.oncoev.pipeline.ingest.GoneFiles;
import org.oncoev.pipeline.ingest.IngestCounts;
import org.oncoev.pipeline.ingest.IngestFilter;
import org.oncoev.pipeline.ingest.IngestJobRunner;
import org.oncoev.pipeline.ingest.ReaderLookup;
import org.oncoev.pipeline.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The manager of a scale-out ingest ({@code oncoev ingest DIR... --workers N}): under the batch lock, checks the
 * broker, waits until {@code N} workers are live ({@link WorkerRegistry}; fails after {@code workerWait}), recovers
 * an unfinished execution over the same folders ({@link PartitionRecovery}) or starts a new one, and runs the job
 * {@value #JOB_NAME}: {@link ManifestPlan} (step 1), the remote-partitioned {@value #FILES_STEP} step over the
 * manifest ({@link ManifestPartitioner}, {@link WorkerPartitionHandler}; the workers run {@link WorkerSteps}), then
 * mark-gone ({@link GoneFiles}) and the index catch-up ({@link IndexCatchUp}) here. Returns the counts summed over
 * the partitions ({@link ScaleOutCounts}); a failed job is a one-line {@link OncoevException}.
 */
public final class ScaledIngestRunner {
    public static final String JOB_NAME = "ingest-scaled";
    public static final String FILES_STEP = "ingest-files";
    private static final Logger log = LoggerFactory.getLogger(ScaledIngestRunner.class);

    /** Settings of the manager (application.yml, {@code oncoev.scale-out.*}). */
    public record Settings(int partitionSize, Duration pollInterval, Duration workerWait, Duration answerTimeout,
                           Duration timeout, Duration staleAfter, Duration recoveryWait, int indexThreads) {}

    private final JobRepository repository;
    private final JobOperator operator;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager tm;
    private final ReaderLookup readers;
    private final SearchIndex index;
    private final WorkerRegistry workers;
    private final WorkerPartitionHandler.DeadLetters deadLetters;
    private final org.springframework.messaging.MessageChannel requests;
    private final Runnable brokerCheck;
    private final Settings settings;
    private final ObservationRegistry observations;
    private volatile StepExecutionListener filesStepListener = new StepExecutionListener() {};

    public ScaledIngestRunner(JobRepository repository, JobOperator operator, JdbcTemplate jdbc, PlatformTransactionManager tm,
                              ReaderLookup readers, SearchIndex index, WorkerRegistry workers,
                              WorkerPartitionHandler.DeadLetters deadLetters,
                              org.springframework.messaging.MessageChannel requests, Runnable brokerCheck,
                              Settings settings, ObservationRegistry observations) {
        this.repository = repository;
        this.operator = operator;
        this.jdbc = jdbc;
        this.tm = tm;
        this.readers = readers;
        this.index = index;
        this.workers = workers;
        this.deadLetters = deadLetters;
        this.requests = requests;
        this.brokerCheck = brokerCheck;
        this.settings = settings;
        this.observations = observations;
    }

    /** For measurements (the bench): {@code listener} is told when each run's partitioned step starts and ends. */
    public void observeFilesStep(StepExecutionListener listener) {
        this.filesStepListener = listener;
    }

    /** Ingests {@code folders} (files {@code filter} accepts) with {@code workerCount} workers. */
    public IngestJobRunner.Result run(List<Path> folders, IngestFilter filter, int workerCount) {
        String key = IngestJobRunner.folderKey(folders);
        try (JobLock lock = JobLock.acquire(jdbc.getDataSource())) {
            brokerCheck.run();
            awaitWorkers(workerCount);
            Optional<JobExecution> unfinished = new PartitionRecovery(jdbc, repository, operator, settings.staleAfter(),
                    settings.recoveryWait()).unfinished(JOB_NAME, key);
            long run = unfinished.map(e -> e.getJobParameters().getLong("run")).orElse(System.currentTimeMillis());
            JobParameters params = new JobParametersBuilder().addString("folders", key).addLong("run", run).toJobParameters();
            JobExecution execution;
            try {
                execution = operator.start(buildJob(folders, key, filter), params);
            } catch (Exception e) {
                if (DatabaseErrors.connectionLost(e)) throw new OncoevException(DatabaseErrors.lostConnection("ingest", e), e);
                throw new OncoevException("cannot start the ingest job: " + OneLineErrors.describe(e), e);
            }
            IngestCounts counts = ScaleOutCounts.of(jdbc, repository, execution.getId());
            if (counts == null) counts = new IngestCounts();
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                List<Throwable> failures = execution.getAllFailureExceptions();
                String reason = failures.isEmpty() ? execution.getExitStatus().getExitDescription()
                        : OneLineErrors.describe(failures.get(0));
                if (!failures.isEmpty()) FailureCause.record(repository, execution, reason);
                throw new OncoevException("ingest job " + execution.getId() + " " + execution.getStatus() + ": " + reason
                        + " (rerun the same command to continue where it stopped)");
            }
            jdbc.update("DELETE FROM ingest_manifest WHERE job_instance_id = ?", execution.getJobInstance().getInstanceId());
            return new IngestJobRunner.Result(execution.getId(), execution.getStatus(), counts, unfinished.isPresent());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OncoevException("interrupted");
        }
    }

    /** Waits until {@code n} workers are live; fails clearly after the configured wait. */
    private void awaitWorkers(int n) throws InterruptedException {
        long deadline = System.nanoTime() + settings.workerWait().toNanos();
        int live = workers.liveCount();
        if (live < n) log.info("ingest: waiting for {} worker(s), {} live", n, live);
        while (live < n) {
            if (System.nanoTime() > deadline) {
                throw new OncoevException("waited " + settings.workerWait().toSeconds() + " s for " + n + " worker(s), "
                        + live + " live: start `oncoev worker` on machines that see the same folders, database and broker");
            }
            Thread.sleep(Math.min(1000, Math.max(50, settings.pollInterval().toMillis())));
            live = workers.liveCount();
        }
    }

    private Job buildJob(List<Path> folders, String key, IngestFilter filter) {
        List<String> roots = List.of(key.split(java.io.File.pathSeparator));
        Step plan = new StepBuilder(ManifestPlan.STEP_NAME, repository)
                .tasklet(new ManifestPlan(folders, name -> readers.forFile(name).isPresent() && filter.accepts(name), jdbc, tm), tm)
                .observationRegistry(observations).build();
        ManifestPartitioner partitioner = new ManifestPartitioner(jdbc, settings.partitionSize());
        WorkerPartitionHandler handler = new WorkerPartitionHandler(requests, repository, jdbc, workers, deadLetters,
                settings.pollInterval(), settings.answerTimeout(), settings.timeout());
        Step files = new StepBuilder(FILES_STEP, repository)
                .partitioner(WorkerSteps.STEP_NAME, partitioner)
                .partitionHandler(handler)
                .listener(partitioner)
                .listener(filesStepListener)
                .observationRegistry(observations).build();
        Step gone = new StepBuilder(GoneFiles.STEP_NAME, repository)
                .tasklet(new GoneFiles(new DocumentStore(jdbc), index, roots, tm, repository, false), tm)
                .observationRegistry(observations).build();
        Step catchUp = new StepBuilder(IndexCatchUp.STEP_NAME, repository)
                .tasklet(new IndexCatchUp(jdbc, index, settings.indexThreads()), tm)
                .observationRegistry(observations).build();
        return new JobBuilder(JOB_NAME, repository).start(plan).next(files).next(gone).next(catchUp)
                .observationRegistry(observations).build();
    }
}
