package org.oncoev.pipeline.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.oncoev.corpus.index.IndexedPassage;
import org.oncoev.pipeline.cli.OneLineErrors;
import org.oncoev.pipeline.db.DatabaseErrors;
import org.oncoev.pipeline.ingest.IngestItem.Parsed;
import org.oncoev.pipeline.ingest.IngestItem.Problem;
import org.oncoev.pipeline.search.FreshPassages;
import org.oncoev.pipeline.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a chunk's new documents ({@link Parsed} items) in one transaction with one statement per table
 * ({@link ChunkStore}), then acts on the other items and counts everything in chunk order, then hands the chunk's
 * index updates to a {@link BackgroundIndexer}, which builds them on its own thread (from the stored document in
 * memory, or read back for a version stored earlier) and commits the index in batches: database first, index second.
 * When the chunk's transaction fails on a data error (anything but a lost connection or a transient error), the
 * chunk's documents are stored again one per transaction, so the one that fails becomes an {@code ingest_issues} row
 * ("could not store: ...") and the others are stored; a chunk that runs out of memory is stored the same way, one
 * document at a time, and a document that still does not fit becomes an issue. {@link #afterStep} waits for the index before the step is
 * recorded complete; a version whose index update did not complete keeps {@code indexed_at} null and is caught up by
 * the job's last step ({@link GoneFiles}). Input problems become {@code ingest_issues} rows; a database that fails
 * fails the step. Without an index ({@code index} null: a scale-out worker, which writes PostgreSQL only) nothing is
 * indexed and every stored version keeps {@code indexed_at} null for the manager's catch-up.
 */
public final class IngestWriter implements ItemStreamWriter<IngestItem>, StepExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(IngestWriter.class);

    private final DocumentStore store;
    private final ChunkStore chunks;
    private final SearchIndex index;
    private final TransactionTemplate ownTransaction;
    private final IngestCounts counts = new IngestCounts();
    private final IngestProgress progress;
    private Long jobExecutionId;
    private BackgroundIndexer indexer;

    /** Index commits: at most this many documents or this much time apart. */
    private static final int COMMIT_EVERY_DOCS = 500;
    private static final long COMMIT_EVERY_MILLIS = 5000;

    /** A writer that reports each written chunk to {@code progress} (may be null). */
    public IngestWriter(DocumentStore store, ChunkStore chunks, SearchIndex index, PlatformTransactionManager tm,
                        IngestProgress progress) {
        this.store = store;
        this.chunks = chunks;
        this.index = index;
        this.progress = progress;
        this.ownTransaction = new TransactionTemplate(tm);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
        if (index != null) indexer = new BackgroundIndexer(index, store, COMMIT_EVERY_DOCS, COMMIT_EVERY_MILLIS);
    }

    /** Waits until the index holds everything written, then stops the indexing thread. */
    @Override
    public void close() throws ItemStreamException {
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
        List<DocumentStore.FoundPath> paths = new ArrayList<>();
        Map<IngestItem, ChunkStore.Stored> stored = storeChunk(chunk);
        for (IngestItem item : chunk) {
            try {
                ChunkStore.Stored result = stored.get(item);
                if (result != null) {
                    account((Parsed) item, result, toIndex, toDelete);
                    foundAt(item, result.documentId(), paths);
                    continue;
                }
                if (item instanceof IngestItem.Unchanged u && u.byFileState()) {
                    foundAt(item, null, paths);
                    seen.add(u.documentId()); // touched below in one statement
                    if (u.needsIndex()) toIndex.put(u.documentId(), null);
                    counts.unchanged++;
                    counts.unread++;
                    continue;
                }
                writeOne(item, toIndex, toDelete);
                foundAt(item, null, paths);
            } catch (RuntimeException e) {
                if (!isDataError(e)) throw e;
                counts.issues++;
                store.recordIssue(new Problem(item.file(), item.sha256(), "store",
                        "could not store: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                        e.getClass().getName()), jobExecutionId, null);
            } catch (OutOfMemoryError e) {
                counts.issues++;
                store.recordIssue(new Problem(item.file(), item.sha256(), "store",
                        "could not store: out of memory (the document alone does not fit the heap)",
                        e.getClass().getName()), jobExecutionId, null);
            }
        }
        store.touchAll(seen);
        store.recordPaths(paths);
        if (indexer != null) indexer.submit(toIndex, toDelete);
        if (progress != null) progress.advance(chunk.size());
    }

    /**
     * Stores the chunk's parsed items in one transaction; returns their results by item (identity), or nothing when
     * the transaction failed on a data error: then {@link #write} stores them one per transaction.
     */
    private Map<IngestItem, ChunkStore.Stored> storeChunk(Chunk<? extends IngestItem> chunk) {
        List<Parsed> parsed = new ArrayList<>();
        for (IngestItem item : chunk) if (item instanceof Parsed p) parsed.add(p);
        Map<IngestItem, ChunkStore.Stored> results = new IdentityHashMap<>();
        if (parsed.isEmpty()) return results;
        try {
            List<ChunkStore.Stored> stored = inOwnTransaction(() -> chunks.store(parsed, jobExecutionId));
            for (int i = 0; i < parsed.size(); i++) results.put(parsed.get(i), stored.get(i));
            return results;
        } catch (RuntimeException e) {
            if (!isDataError(e)) throw e;
            log.warn("ingest: storing {} documents in one transaction failed ({}); storing them one at a time",
                    parsed.size(), OneLineErrors.describe(e));
            return results;
        } catch (OutOfMemoryError e) {
            log.warn("ingest: storing {} documents in one transaction ran out of memory; storing them one at a time",
                    parsed.size());
            return results;
        }
    }

    /**
     * Whether {@code e} is an error of the data being stored, which costs one document: not a lost connection or a
     * transient failure, which fail the step (a rerun continues where it stopped).
     */
    private static boolean isDataError(RuntimeException e) {
        return !(e instanceof DataAccessResourceFailureException || e instanceof TransientDataAccessException
                || DatabaseErrors.connectionLost(e));
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
            List<Long> superseded = inOwnTransaction(() -> {
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
     * Adds the path of an item that maps to a stored version to {@code paths}: {@code storedId} for a document
     * just stored (null when the same content came under another path first: the stored copy is looked up).
     */
    private void foundAt(IngestItem item, Long storedId, List<DocumentStore.FoundPath> paths) {
        Long id = null;
        if (item instanceof IngestItem.Unchanged u) id = u.documentId();
        else if (item instanceof IngestItem.Revived r) id = r.documentId();
        else if (item instanceof Parsed p) id = storedId != null ? storedId
                : store.findBySha(p.sha256()).map(DocumentStore.StoredDocument::id).orElse(null);
        if (id != null) paths.add(new DocumentStore.FoundPath(item.file().sourcePath(), id, item.file().linkTarget()));
    }

    /** Stores one parsed document in its own transaction (the fallback of a chunk that failed). */
    private void writeParsed(Parsed p, Map<Long, Supplier<List<IndexedPassage>>> toIndex, Set<Long> toDelete) {
        account(p, inOwnTransaction(() -> chunks.storeOne(p, jobExecutionId)), toIndex, toDelete);
    }

    /**
     * Runs {@code work} in a new transaction that does not wait for the WAL flush at commit (a crash may lose the last
     * commits, which a rerun redoes: writes are keyed by content), committed before this returns.
     */
    private <T> T inOwnTransaction(Supplier<T> work) {
        return ownTransaction.execute(tx -> {
            store.relaxCommitDurability();
            return work.get();
        });
    }

    /** Counts a stored document and queues its index update (the step's thread). */
    private void account(Parsed p, ChunkStore.Stored result, Map<Long, Supplier<List<IndexedPassage>>> toIndex,
                         Set<Long> toDelete) {
        if (result.documentId() == null) {
            // the same content arrived under another path in this run: nothing new
            store.findBySha(p.sha256()).ifPresent(d -> store.touch(d.id()));
            counts.unchanged++;
            return;
        }
        if (result.superseded().isEmpty()) counts.newDocuments++;
        else counts.changed++;
        counts.passages += p.document().passages().size();
        long rejected = p.findings().stream().filter(f -> !f.accepted()).count();
        counts.findings += p.findings().size() - rejected;
        counts.rejected += rejected;
        counts.issues += p.problems().size();
        long documentId = result.documentId();
        // the index entries are built on the indexing thread from what was just stored, not read back
        toIndex.put(documentId, () -> FreshPassages.of(documentId, p.file().fileName(), p.document(),
                p.metadata(), result.passageIds(), p.findings()));
        toDelete.addAll(result.superseded());
    }
}
