package org.oncoev.corpus.index;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts commits made by {@link PassageIndexWriter}s in this JVM, so a {@link PassageSearcher} can skip the
 * costly check of the index folder for a new commit when nothing in this process has committed (commits by
 * other processes are picked up by its periodic check). Thread-safe.
 */
final class IndexCommits {
    private static final AtomicLong COMMITS = new AtomicLong();

    private IndexCommits() {}

    /** Records that a writer in this JVM committed (or closed, which commits). */
    static void committed() {
        COMMITS.incrementAndGet();
    }

    /** Commits recorded so far; compare two readings to learn whether any happened in between. */
    static long count() {
        return COMMITS.get();
    }
}
