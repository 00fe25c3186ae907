package org.oncoev.pipeline.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.oncoev.pipeline.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code mark-gone} step of the ingest job: every current version whose source path lies under an ingested
 * folder and whose file no longer exists is marked gone ({@code current = false, gone_at}) and removed from the
 * index, and the {@code document_paths} rows of paths without a file are deleted. Idempotent: database first, then index. As the job's last step it also brings the index in line with every
 * version whose index state is pending ({@code indexed_at} null), so a restarted job ends with the index a clean run
 * leaves. The count lands in the step context under {@value #COUNT_KEY}, saved in the transaction that marks the
 * documents, so a restart after a kill that came after the marks reports them (the restarted step starts from that
 * context and adds what it marks).
 */
public final class GoneFiles implements Tasklet {
    public static final String STEP_NAME = "mark-gone";
    public static final String COUNT_KEY = "ingest.gone";
    private static final Logger log = LoggerFactory.getLogger(GoneFiles.class);

    private final DocumentStore store;
    private final SearchIndex index;
    private final List<String> folders;
    private final TransactionTemplate ownTransaction;
    private final JobRepository repository;
    private final boolean catchUp;

    /** {@code folders}: absolute, normalised folder paths that were ingested. */
    public GoneFiles(DocumentStore store, SearchIndex index, List<String> folders, PlatformTransactionManager tm,
                     JobRepository repository) {
        this(store, index, folders, tm, repository, true);
    }

    /**
     * Like the other constructor; with {@code catchUp} false only the versions this step marks gone leave the index
     * and the pending rest is left to a catch-up step of its own (scale-out: {@code IndexCatchUp}).
     */
    public GoneFiles(DocumentStore store, SearchIndex index, List<String> folders, PlatformTransactionManager tm,
                     JobRepository repository, boolean catchUp) {
        this.catchUp = catchUp;
        this.store = store;
        this.repository = repository;
        this.index = index;
        this.folders = List.copyOf(folders);
        this.ownTransaction = new TransactionTemplate(tm);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, org.springframework.batch.core.scope.context.ChunkContext chunk) {
        List<Long> missing = new ArrayList<>();
        for (DocumentStore.CurrentFile f : store.currentUnder(folders)) {
            if (!Files.exists(Path.of(f.sourcePath()))) missing.add(f.id());
        }
        List<String> vanished = new ArrayList<>();
        for (String p : store.pathsUnder(folders)) if (!Files.exists(Path.of(p))) vanished.add(p);
        StepExecution step = chunk.getStepContext().getStepExecution();
        long before = step.getExecutionContext().getLong(COUNT_KEY, 0); // marked by an interrupted earlier execution
        List<Long> gone = ownTransaction.execute(tx -> { // committed before the index changes
            List<Long> marked = store.markGone(missing);
            store.forgetPaths(vanished);
            step.getExecutionContext().putLong(COUNT_KEY, before + marked.size());
            repository.updateExecutionContext(step);
            return marked;
        });
        if (catchUp) {
            catchUpIndex(gone);
        } else if (!gone.isEmpty()) {
            for (long id : gone) index.removeDocument(id);
            index.commit();
            store.markIndexed(List.of(), gone);
        }
        if (!gone.isEmpty()) log.info("ingest: {} document(s) whose file was deleted marked gone", gone.size());
        return RepeatStatus.FINISHED;
    }

    /**
     * Removes the newly gone versions from the index, and brings it in line with every version whose index state is
     * pending: an interrupted earlier execution may have stored, superseded or marked documents without committing
     * their index update, and a restart skips a completed ingest step (and with it the writer's catch-up).
     */
    private void catchUpIndex(List<Long> gone) {
        List<Long> toIndex = new ArrayList<>();
        List<Long> toRemove = new ArrayList<>(gone);
        for (DocumentStore.StoredDocument d : store.pendingIndex()) {
            if (d.current()) toIndex.add(d.id());
            else if (!toRemove.contains(d.id())) toRemove.add(d.id());
        }
        if (toIndex.isEmpty() && toRemove.isEmpty()) return;
        if (toIndex.size() + toRemove.size() > gone.size()) {
            log.info("search index: catching up {} document(s), removing {}", toIndex.size(), toRemove.size() - gone.size());
        }
        for (long id : toRemove) index.removeDocument(id);
        for (long id : toIndex) index.indexDocument(id);
        index.commit();
        store.markIndexed(toIndex, toRemove);
    }
}
