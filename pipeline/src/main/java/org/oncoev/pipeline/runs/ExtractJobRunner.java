package org.oncoev.pipeline.runs;

import io.micrometer.observation.ObservationRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.oncoev.corpus.FileBudget;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.Finding;
import org.oncoev.pipeline.cli.OncoevException;
import org.oncoev.pipeline.cli.OneLineErrors;
import org.oncoev.pipeline.db.DatabaseErrors;
import org.oncoev.pipeline.db.FailureCause;
import org.oncoev.pipeline.db.UnfinishedExecutions;
import org.oncoev.pipeline.ingest.DocumentStore;
import org.oncoev.pipeline.ingest.IngestProcessor;
import org.oncoev.pipeline.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code extract} job: a new extraction run over the stored current documents under some folders, from their
 * stored source text (no file is read). A Spring Batch job with one tasklet step, so the run gets a job execution
 * id (the id {@code runs} groups by) and shows in the job repository; inside, a plain loop stores each document's
 * run in its own transaction with {@link DocumentStore#insertExtractionRun} (the ingest writer's code). Old runs
 * stay; the {@code latest_*} views switch to the new one. Afterwards the documents' passages are reindexed from
 * the database so the index's evidence fields follow the latest run.
 *
 * <p>Restartable: when the last extract over the same folders with the same extractors did not complete (failed,
 * or left running by a killed process), the same job instance is restarted. The restarted step first moves the
 * runs its earlier executions stored to the new execution, skips those documents, extracts the rest and reindexes
 * them all, so the outcome is one run per document under one id, as a clean run would have left it.
 */
@Component
public class ExtractJobRunner {
    public static final String JOB_NAME = "extract";
    private static final Logger log = LoggerFactory.getLogger(ExtractJobRunner.class);

    public static final String STEP_NAME = "extract-documents";

    /** The outcome: the job execution id (the run id users see), the counts, and whether it continued a run. */
    public record Result(long jobExecutionId, ExtractCounts counts, boolean restarted) {}

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactionManager;
    private final SearchIndex searchIndex;
    private final ObservationRegistry observations;
    private final IngestProcessor.Limits limits;

    /** {@code limits}: the ingest's per-file time budget and findings cap (oncoev.ingest.*) apply here too. */
    public ExtractJobRunner(JobRepository jobRepository, JobOperator jobOperator, JdbcTemplate jdbc,
                            PlatformTransactionManager transactionManager, SearchIndex searchIndex,
                            ObjectProvider<ObservationRegistry> observations,
                            @Value("${oncoev.ingest.file-time-limit:120s}") java.time.Duration fileTimeLimit,
                            @Value("${oncoev.ingest.max-chars:2000000}") int maxChars,
                            @Value("${oncoev.ingest.max-findings:20000}") int maxFindings) {
        this.limits = new IngestProcessor.Limits(fileTimeLimit, maxChars, maxFindings);
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.jdbc = jdbc;
        this.transactionManager = transactionManager;
        this.searchIndex = searchIndex;
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
    }

    /** Extracts the current documents under {@code folders} with {@code extraction}; fails with a one-line reason. */
    public Result run(List<Path> folders, EvidenceExtraction extraction) {
        if (folders.isEmpty()) throw new OncoevException("no folder given");
        TreeSet<String> keys = new TreeSet<>();
        for (Path f : folders) keys.add(f.toAbsolutePath().normalize().toString());
        String key = String.join(java.io.File.pathSeparator, keys);
        Long restart = UnfinishedExecutions.last(jdbc, jobRepository, jobOperator, JOB_NAME, key)
                .filter(e -> extraction.signature().equals(e.getJobParameters().getString("extractors")))
                .map(e -> e.getJobParameters().getLong("run")).orElse(null);
        ExtractCounts counts = new ExtractCounts();
        Step step = new StepBuilder(STEP_NAME, jobRepository).tasklet((contribution, chunk) -> {
            extractAll(folders, extraction, chunk.getStepContext().getStepExecution().getJobExecution(), counts);
            return RepeatStatus.FINISHED;
        }, transactionManager).allowStartIfComplete(true).observationRegistry(observations).build();
        Job job = new JobBuilder(JOB_NAME, jobRepository).start(step).observationRegistry(observations).build();
        JobExecution execution;
        try {
            execution = jobOperator.start(job, new JobParametersBuilder()
                    .addString("folders", key)
                    .addString("extractors", extraction.signature(), false)
                    .addLong("run", restart != null ? restart : System.currentTimeMillis()).toJobParameters());
        } catch (Exception e) {
            if (DatabaseErrors.connectionLost(e)) throw new OncoevException(DatabaseErrors.lostConnection("extract", e), e);
            throw new OncoevException("cannot start the extract job: " + OneLineErrors.describe(e), e);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            List<Throwable> failures = execution.getAllFailureExceptions();
            if (!failures.isEmpty() && DatabaseErrors.connectionLost(failures.get(0))) {
                throw new OncoevException(DatabaseErrors.lostConnection("extract job " + execution.getId(), failures.get(0)));
            }
            String reason = failures.isEmpty() ? execution.getExitStatus().getExitDescription()
                    : OneLineErrors.describe(failures.get(0));
            if (!failures.isEmpty()) FailureCause.record(jobRepository, execution, reason);
            throw new OncoevException("extract job " + execution.getId() + " " + execution.getStatus() + ": " + reason
                    + " (rerun the same command to continue this run)");
        }
        return new Result(execution.getId(), counts, restart != null);
    }

    private void extractAll(List<Path> folders, EvidenceExtraction extraction, JobExecution execution, ExtractCounts counts) {
        long executionId = execution.getId();
        StoredDocumentTexts texts = new StoredDocumentTexts(jdbc);
        DocumentStore store = new DocumentStore(jdbc);
        TransactionTemplate perDocument = new TransactionTemplate(transactionManager);
        perDocument.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Map<Long, int[]> earlier = perDocument.execute(tx -> adoptEarlierRuns(execution));
        List<Long> done = new ArrayList<>();
        for (StoredDocumentTexts.Candidate c : texts.currentUnder(folders)) {
            int[] kept = earlier.get(c.id());
            if (kept != null) { // stored by an earlier execution of this run before it was interrupted
                counts.resumed++;
                count(counts, kept[0], kept[1]);
                done.add(c.id());
                continue;
            }
            StoredDocumentTexts.Rebuilt rebuilt = texts.rebuild(c);
            if (rebuilt.problem() != null) {
                skip(counts, c, rebuilt.problem());
                continue;
            }
            List<Finding> extracted;
            try (FileBudget budget = FileBudget.open(limits.timeLimit(), limits.maxChars())) {
                extracted = extraction.extract(rebuilt.document());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                skip(counts, c, "extractors failed: " + OneLineErrors.describe(e));
                continue;
            }
            List<Finding> capped = limits.cap(extracted);
            if (capped != null) log.warn("extract: {}: {}", c.sourcePath(), limits.capReason(extracted.size()));
            List<Finding> findings = capped != null ? capped : extracted;
            perDocument.executeWithoutResult(tx -> store.insertExtractionRun(c.id(), executionId, extraction.signature(),
                    rebuilt.passageIds(), findings));
            long rejected = findings.stream().filter(f -> !f.accepted()).count();
            count(counts, (int) (findings.size() - rejected), (int) rejected);
            done.add(c.id());
        }
        reindex(done, counts, store);
    }

    /**
     * Moves the extraction runs stored by earlier executions of {@code execution}'s job instance (a restart) to
     * {@code execution}; returns each document's accepted and rejected counts of its run in this execution.
     */
    private Map<Long, int[]> adoptEarlierRuns(JobExecution execution) {
        jdbc.update("UPDATE extraction_runs SET job_execution_id = ? WHERE job_execution_id IN (SELECT job_execution_id "
                + "FROM batch_job_execution WHERE job_instance_id = ? AND job_execution_id <> ?)",
                execution.getId(), execution.getJobInstance().getInstanceId(), execution.getId());
        Map<Long, int[]> runs = new HashMap<>();
        jdbc.query("SELECT document_id, findings, rejected FROM extraction_runs WHERE job_execution_id = ?",
                rs -> { runs.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)}); }, execution.getId());
        return runs;
    }

    private static void count(ExtractCounts counts, int findings, int rejected) {
        counts.documents++;
        counts.findings += findings;
        counts.rejected += rejected;
    }

    /** Replaces the documents in the Lucene index from the database (their evidence fields follow the new run). */
    private void reindex(List<Long> documentIds, ExtractCounts counts, DocumentStore store) {
        if (documentIds.isEmpty()) return;
        for (long id : documentIds) searchIndex.indexDocument(id);
        searchIndex.commit();
        store.markIndexed(documentIds);
        counts.reindexed = documentIds.size();
    }

    private static void skip(ExtractCounts counts, StoredDocumentTexts.Candidate c, String reason) {
        log.warn("extract: skipping {}: {}", c.sourcePath(), reason);
        counts.skipped.add(c.fileName() + ": " + reason);
    }
}
