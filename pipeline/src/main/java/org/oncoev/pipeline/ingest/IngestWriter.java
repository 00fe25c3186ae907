package org.oncoev.pipeline.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.oncoev.corpus.index.IndexedPassage;
import org.oncoev.pipeline.search.FreshPassages;
import org.oncoev.pipeline.ingest.IngestItem.Parsed;
import org.oncoev.pipeline.search.SearchIndex;
import org.oncoev.pipeline.ingest.IngestItem.Problem;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores each document of a chunk in its own transaction (document, sections, passages, extraction run,
 * findings, issues), several at once on writer threads (counted and acted on in chunk order), then hands the
 * chunk's index updates to a {@link BackgroundIndexer}, which builds them on its own thread (from the stored
 * document in memory, or read back for a version stored earlier) and commits the index in batches: database first,
 * index second. {@link #afterStep} waits for the index before the step is recorded complete; a version whose index
 * update did not complete keeps {@code indexed_at} null and is caught up by the job's last step ({@link GoneFiles}).
 * Input problems become {@code ingest_issues} rows; a database that fails fails the step.
 */
public final class IngestWriter implements ItemStreamWriter<IngestItem>, StepExecutionListener {
    private final DocumentStore store;
    private final SearchIndex index;
    private final TransactionTemplate perDocument;
    private final IngestCounts counts = new IngestCounts();
    private final IngestProgress progress;
    private Long jobExecutionId;
    private BackgroundIndexer indexer;
    private ExecutorService writers;
    private final int writerThreads;

    /** Index commits: at most this many documents or this much time apart. */
    private static final int COMMIT_EVERY_DOCS = 500;
    private static final long COMMIT_EVERY_MILLIS = 5000;

    /**
     * A writer that reports each written chunk to {@code progress} (may be null) and stores up to
     * {@code writerThreads} documents of a chunk at once, each in its own transaction and connection.
     */
    public IngestWriter(DocumentStore store, SearchIndex index, PlatformTransactionManager tm, IngestProgress progress,
                        int writerThreads) {
        this.writerThreads = Math.max(1, writerThreads);
        this.store = store;
        this.index = index;
        this.progress = progress;
        this.perDocument = new TransactionTemplate(tm);
        this.perDocument.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobExecutionId = stepExecution.getJobExecutionId();
    }

    /**
     * Waits for the index to hold everything written before the step is recorded complete (Spring Batch persists
     * the step's status before it closes the writer); an index that cannot catch up fails the step.
     */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (indexer == null || stepExecution.getStatus() != BatchStatus.COMPLETED) return null;
        try {
            indexer.flush();
            return null;
        } catch (RuntimeException e) {
            stepExecution.setStatus(BatchStatus.FAILED);
            stepExecution.addFailureException(e);
            return ExitStatus.FAILED.addExitDescription("search index update failed: " + e.getMessage());
        }
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        counts.load(context);
        indexer = new BackgroundIndexer(index, store, COMMIT_EVERY_DOCS, COMMIT_EVERY_MILLIS);
        writers = Executors.newFixedThreadPool(writerThreads, new CustomizableThreadFactory("ingest-write-"));
    }

    /** Waits until the index holds everything written, then stops the indexing thread. */
    @Override
    public void close() throws ItemStreamException {
        if (writers != null) writers.shutdownNow();
        writers = null;
        if (indexer == null) return;
        try {
            indexer.close();
        } catch (RuntimeException e) {
            throw new ItemStreamException("search index update failed: " + e.getMessage(), e);
        } finally {
            indexer = null;
        }
    }

    @Override
    public void update(ExecutionContext context) {
        counts.save(context);
    }

    public IngestCounts counts() {
        return counts;
    }

    @Override
    public void write(Chunk<? extends IngestItem> chunk) {
        Map<Long, Supplier<List<IndexedPassage>>> toIndex = new LinkedHashMap<>();
        Set<Long> toDelete = new LinkedHashSet<>();
        List<Long> seen = new ArrayList<>();
        Map<IngestItem, Future<StoredResult>> stored = storeConcurrently(chunk);
        for (IngestItem item : chunk) {
            try {
                Future<StoredResult> result = stored.get(item);
                if (result != null) {
                    account((Parsed) item, await(result), toIndex, toDelete);
                    continue;
                }
                if (item instanceof IngestItem.Unchanged u && u.byFileState()) {
                    seen.add(u.documentId()); // touched below in one statement
                    if (u.needsIndex()) toIndex.put(u.documentId(), null);
                    counts.unchanged++;
                    counts.unread++;
                    continue;
                }
                writeOne(item, toIndex, toDelete);
            } catch (DataAccessResourceFailureException | TransientDataAccessException e) {
                throw e;
            } catch (RuntimeException e) {
                counts.issues++;
                store.recordIssue(new Problem(item.file(), item.sha256(), "store",
                        "could not store: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                        e.getClass().getName()), jobExecutionId, null);
            }
        }
        store.touchAll(seen);
        indexer.submit(toIndex, toDelete);
        if (progress != null) progress.advance(chunk.size());
    }

    private void writeOne(IngestItem item, Map<Long, Supplier<List<IndexedPassage>>> toIndex, Set<Long> toDelete) {
        if (item instanceof IngestItem.Unchanged u) {
            store.touchWithFileState(u.documentId(), u.file());
            if (u.needsIndex()) toIndex.put(u.documentId(), null);
            counts.unchanged++;
        } else if (item instanceof Problem p) {
            store.recordIssue(p, jobExecutionId, null);
            counts.issues++;
        } else if (item instanceof IngestItem.Revived r) {
            List<Long> superseded = perDocument.execute(tx -> {
                store.relaxCommitDurability();
                List<Long> old = store.supersedeAtPath(r.file().sourcePath(), r.sha256());
                store.revive(r.documentId(), r.file());
                store.linkSuccessor(old, r.documentId());
                return old;
            });
            toDelete.addAll(superseded);
            toIndex.put(r.documentId(), null);
            counts.changed++;
        } else if (item instanceof Parsed p) {
            writeParsed(p, toIndex, toDelete);
        }
    }

    /**
     * Starts storing, on the writer threads, each parsed document of the chunk whose content is the first of its
     * kind in the chunk (a later copy waits its turn in chunk order, so the same path wins as in a serial run).
     */
    private Map<IngestItem, Future<StoredResult>> storeConcurrently(Chunk<? extends IngestItem> chunk) {
        Map<IngestItem, Future<StoredResult>> started = new IdentityHashMap<>();
        Set<String> contents = new HashSet<>();
        for (IngestItem item : chunk) {
            if (item instanceof Parsed p && contents.add(p.sha256())) started.put(item, writers.submit(() -> store(p)));
        }
        return started;
    }

    private static StoredResult await(Future<StoredResult> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing a document", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private void writeParsed(Parsed p, Map<Long, Supplier<List<IndexedPassage>>> toIndex, Set<Long> toDelete) {
        account(p, store(p), toIndex, toDelete);
    }

    /** Stores one parsed document in its own transaction; thread-safe. */
    private StoredResult store(Parsed p) {
        return perDocument.execute(tx -> {
            store.relaxCommitDurability();
            List<Long> superseded = store.supersedeAtPath(p.file().sourcePath(), p.sha256());
            Optional<Long> id = store.insertDocument(p, jobExecutionId);
            if (id.isEmpty()) return new StoredResult(null, List.of(), Map.of());
            long documentId = id.get();
            store.linkSuccessor(superseded, documentId);
            Map<Integer, Long> passageIds = store.insertSectionsAndPassages(documentId, p.document());
            store.insertExtractionRun(documentId, jobExecutionId, p.extractorSignature(), passageIds, p.findings());
            for (Problem problem : p.problems()) store.recordIssue(problem, jobExecutionId, documentId);
            return new StoredResult(documentId, superseded, passageIds);
        });
    }

    /** Counts a stored document and queues its index update (the step's thread). */
    private void account(Parsed p, StoredResult result, Map<Long, Supplier<List<IndexedPassage>>> toIndex,
                         Set<Long> toDelete) {
        if (result.documentId == null) {
            // the same content arrived under another path in this run: nothing new
            store.findBySha(p.sha256()).ifPresent(d -> store.touch(d.id()));
            counts.unchanged++;
            return;
        }
        if (result.superseded.isEmpty()) counts.newDocuments++;
        else counts.changed++;
        counts.passages += p.document().passages().size();
        long rejected = p.findings().stream().filter(f -> !f.accepted()).count();
        counts.findings += p.findings().size() - rejected;
        counts.rejected += rejected;
        counts.issues += p.problems().size();
        long documentId = result.documentId;
        // the index entries are built on the indexing thread from what was just stored, not read back
        toIndex.put(documentId, () -> FreshPassages.of(documentId, p.file().fileName(), p.document(),
                result.passageIds, p.findings()));
        toDelete.addAll(result.superseded);
    }

    private record StoredResult(Long documentId, List<Long> superseded, Map<Integer, Long> passageIds) {}
}
