package org.oncoev.pipeline.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.oncoev.corpus.index.IndexedPassage;
import org.oncoev.pipeline.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies index updates on one thread of its own, so Lucene work overlaps with parsing, extraction and the
 * database writes of the following chunks. Updates are applied in submission order; the index is committed
 * every {@code commitEveryDocs} documents or {@code commitEveryMillis}, and on {@link #flush()}; only after a
 * commit are the documents marked indexed in the database, and only while their state still matches the
 * update (an indexed version must still be current, a removed one must still not be). An update lost to a
 * crash therefore leaves {@code indexed_at} null and is redone by the next run's catch-up.
 *
 * <p>Contract: {@link #submit} and {@link #flush} are called from one thread (the step's); a failure on the
 * indexing thread is rethrown by the next {@link #submit} or {@link #flush}; {@link #close()} flushes and stops.
 */
public final class BackgroundIndexer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackgroundIndexer.class);

    /** Versions to remove, then versions to index: each with its entries built in memory, or null to read them back. */
    private record Update(Map<Long, Supplier<List<IndexedPassage>>> toIndex, List<Long> toDelete, Object flushMarker) {}

    private static final Object STOP = new Object();

    private final SearchIndex index;
    private final DocumentStore store;
    private final int commitEveryDocs;
    private final long commitEveryNanos;
    private final LinkedBlockingQueue<Update> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile Throwable failure;
    private volatile long committedMarkers;
    private long submittedMarkers;

    public BackgroundIndexer(SearchIndex index, DocumentStore store, int commitEveryDocs, long commitEveryMillis) {
        this.index = index;
        this.store = store;
        this.commitEveryDocs = Math.max(1, commitEveryDocs);
        this.commitEveryNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(1, commitEveryMillis));
        this.thread = new Thread(this::loop, "ingest-index");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues index updates: versions to (re)index from the database, and versions to remove. */
    public void submit(Collection<Long> toIndex, Collection<Long> toDelete) {
        Map<Long, Supplier<List<IndexedPassage>>> reload = new LinkedHashMap<>();
        for (long id : toIndex) reload.put(id, null);
        submit(reload, toDelete);
    }

    /**
     * Queues index updates: versions to index, each with a builder of its entries (built on the indexing thread)
     * or null to read them from the database, and versions to remove.
     */
    public void submit(Map<Long, Supplier<List<IndexedPassage>>> toIndex, Collection<Long> toDelete) {
        rethrowFailure();
        if (toIndex.isEmpty() && toDelete.isEmpty()) return;
        queue.add(new Update(new LinkedHashMap<>(toIndex), List.copyOf(toDelete), null));
    }

    /** Waits until everything submitted so far is indexed, committed and marked in the database. */
    public void flush() {
        rethrowFailure();
        long marker = ++submittedMarkers;
        queue.add(new Update(Map.of(), List.of(), marker));
        synchronized (this) {
            while (committedMarkers < marker && failure == null && thread.isAlive()) {
                try {
                    wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the search index", e);
                }
            }
        }
        rethrowFailure();
    }

    @Override
    public void close() {
        try {
            if (failure == null && thread.isAlive()) flush();
        } finally {
            queue.add(new Update(Map.of(), List.of(), STOP));
            try {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void rethrowFailure() {
        Throwable f = failure;
        if (f == null) return;
        if (f instanceof RuntimeException r) throw r;
        if (f instanceof Error e) throw e;
        throw new IllegalStateException("search index update failed: " + f.getMessage(), f);
    }

    private void loop() {
        List<Long> indexed = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        long lastCommit = System.nanoTime();
        try {
            while (true) {
                Update u = queue.poll(50, TimeUnit.MILLISECONDS);
                boolean dirty = !indexed.isEmpty() || !removed.isEmpty();
                if (u == null) {
                    if (dirty && System.nanoTime() - lastCommit >= commitEveryNanos) {
                        commit(indexed, removed);
                        lastCommit = System.nanoTime();
                    }
                    continue;
                }
                if (u.flushMarker == STOP) break;
                for (long id : u.toDelete) {
                    index.removeDocument(id);
                    removed.add(id);
                }
                for (Map.Entry<Long, Supplier<List<IndexedPassage>>> e : u.toIndex.entrySet()) {
                    if (e.getValue() == null) index.indexDocument(e.getKey());
                    else index.indexPassages(e.getKey(), e.getValue().get());
                    indexed.add(e.getKey());
                }
                boolean due = indexed.size() + removed.size() >= commitEveryDocs
                        || System.nanoTime() - lastCommit >= commitEveryNanos;
                if (u.flushMarker != null || due) {
                    commit(indexed, removed);
                    lastCommit = System.nanoTime();
                }
                if (u.flushMarker instanceof Long marker) {
                    synchronized (this) {
                        committedMarkers = marker;
                        notifyAll();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            log.warn("search index update failed: {}", t.toString());
            failure = t;
        } finally {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /** Commits the index, then marks the versions whose state still matches what was done to them. */
    private void commit(List<Long> indexed, List<Long> removed) {
        if (indexed.isEmpty() && removed.isEmpty()) return;
        index.commit();
        store.markIndexed(indexed, removed);
        indexed.clear();
        removed.clear();
    }
}
