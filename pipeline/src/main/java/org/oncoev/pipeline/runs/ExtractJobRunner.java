package org.oncoev.pipeline.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.Finding;
import org.oncoev.pipeline.cli.OncoevException;
import org.oncoev.pipeline.cli.OneLineErrors;
import org.oncoev.pipeline.ingest.DocumentStore;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code extract} job: a new extraction run over the stored current documents under some folders, from their
 * stored source text (no file is read). A Spring Batch job with one tasklet step, so the run gets a job execution
 * id (the id {@code runs} groups by) and shows in the job repository; inside, a plain loop stores each document's
 * run in its own transaction with {@link DocumentStore#insertExtractionRun} (the ingest writer's code), so a
 * killed run keeps every document it finished and a rerun simply makes a complete newer run. Old runs stay; the
 * {@code latest_*} views switch to the new one. Afterwards the documents' passages are reindexed from the
 * database so the index's evidence fields follow the latest run.
 */
@Component
public class ExtractJobRunner {
    public static final String JOB_NAME = "extract";
    private static final Logger log = LoggerFactory.getLogger(ExtractJobRunner.class);

    /** The outcome: the job execution id (the run id users see) and the counts. */
    public record Result(long jobExecutionId, ExtractCounts counts) {}

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactionManager;
    private final SearchIndex searchIndex;

    public ExtractJobRunner(JobRepository jobRepository, JobOperator jobOperator, JdbcTemplate jdbc,
                            PlatformTransactionManager transactionManager, SearchIndex searchIndex) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.jdbc = jdbc;
        this.transactionManager = transactionManager;
        this.searchIndex = searchIndex;
    }

    /** Extracts the current documents under {@code folders} with {@code extraction}; fails with a one-line reason. */
    public Result run(List<Path> folders, EvidenceExtraction extraction) {
        if (folders.isEmpty()) throw new OncoevException("no folder given");
        TreeSet<String> keys = new TreeSet<>();
        for (Path f : folders) keys.add(f.toAbsolutePath().normalize().toString());
        ExtractCounts counts = new ExtractCounts();
        Step step = new StepBuilder("extract-documents", jobRepository).tasklet((contribution, chunk) -> {
            long executionId = chunk.getStepContext().getStepExecution().getJobExecutionId();
            extractAll(folders, extraction, executionId, counts);
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
        Job job = new JobBuilder(JOB_NAME, jobRepository).start(step).build();
        JobExecution execution;
        try {
            execution = jobOperator.start(job, new JobParametersBuilder()
                    .addString("folders", String.join(java.io.File.pathSeparator, keys))
                    .addString("extractors", extraction.signature(), false)
                    .addLong("run", System.currentTimeMillis()).toJobParameters());
        } catch (Exception e) {
            throw new OncoevException("cannot start the extract job: " + OneLineErrors.describe(e), e);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            List<Throwable> failures = execution.getAllFailureExceptions();
            String reason = failures.isEmpty() ? execution.getExitStatus().getExitDescription()
                    : OneLineErrors.describe(failures.get(0));
            throw new OncoevException("extract job " + execution.getId() + " " + execution.getStatus() + ": " + reason
                    + " (documents finished so far keep their new run; rerun to make a complete one)");
        }
        return new Result(execution.getId(), counts);
    }

    private void extractAll(List<Path> folders, EvidenceExtraction extraction, long executionId, ExtractCounts counts) {
        StoredDocumentTexts texts = new StoredDocumentTexts(jdbc);
        DocumentStore store = new DocumentStore(jdbc);
        TransactionTemplate perDocument = new TransactionTemplate(transactionManager);
        perDocument.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        List<Long> done = new ArrayList<>();
        for (StoredDocumentTexts.Candidate c : texts.currentUnder(folders)) {
            StoredDocumentTexts.Rebuilt rebuilt = texts.rebuild(c);
            if (rebuilt.problem() != null) {
                skip(counts, c, rebuilt.problem());
                continue;
            }
            List<Finding> findings;
            try {
                findings = extraction.extract(rebuilt.document());
            } catch (RuntimeException | StackOverflowError e) {
                skip(counts, c, "extractors failed: " + OneLineErrors.describe(e));
                continue;
            }
            perDocument.executeWithoutResult(tx -> store.insertExtractionRun(c.id(), executionId, extraction.signature(),
                    rebuilt.passageIds(), findings));
            long rejected = findings.stream().filter(f -> !f.accepted()).count();
            counts.documents++;
            counts.findings += (int) (findings.size() - rejected);
            counts.rejected += (int) rejected;
            done.add(c.id());
        }
        reindex(done, counts, store);
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
