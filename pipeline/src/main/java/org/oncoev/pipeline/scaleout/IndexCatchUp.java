package org.oncoev.pipeline.scaleout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.oncoev.pipeline.ingest.DocumentStore;
import org.oncoev.pipeline.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The manager's last step ({@value #STEP_NAME}): brings the search index in line with every version whose index
 * state is pending ({@code indexed_at} null), which after a scale-out run is every document the workers stored.
 * Pages of {@value #PAGE} versions by id: the current ones are read back from PostgreSQL and added on
 * {@code threads} threads into the one {@link SearchIndex} writer (Lucene's writer takes concurrent updates),
 * superseded or gone ones are removed; then the index is committed and the page marked indexed while its state still
 * matches ({@link DocumentStore#markIndexed(List, List)}). Idempotent: a restart redoes only what is still pending.
 */
public final class IndexCatchUp implements Tasklet {
    public static final String STEP_NAME = "index-catch-up";
    static final String COUNT_KEY = "index.caught-up";
    private static final int PAGE = 2000;
    private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);

    private final JdbcTemplate jdbc;
    private final SearchIndex index;
    private final DocumentStore store;
    private final int threads;

    public IndexCatchUp(JdbcTemplate jdbc, SearchIndex index, int threads) {
        this.jdbc = jdbc;
        this.index = index;
        this.store = new DocumentStore(jdbc);
        this.threads = Math.max(1, threads);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("index-catch-up"));
        long done = 0;
        try {
            long after = 0;
            while (true) {
                List<Long> toIndex = new ArrayList<>();
                List<Long> toRemove = new ArrayList<>();
                long[] last = {after};
                jdbc.query("SELECT id, current FROM documents WHERE indexed_at IS NULL AND id > ? ORDER BY id LIMIT ?", rs -> {
                    (rs.getBoolean(2) ? toIndex : toRemove).add(rs.getLong(1));
                    last[0] = rs.getLong(1);
                }, after, PAGE);
                if (toIndex.isEmpty() && toRemove.isEmpty()) break;
                after = last[0];
                for (long id : toRemove) index.removeDocument(id);
                List<Future<?>> work = new ArrayList<>();
                for (long id : toIndex) work.add(pool.submit(() -> index.indexDocument(id)));
                for (Future<?> f : work) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof Exception ex ? ex : e;
                    }
                }
                index.commit();
                store.markIndexed(toIndex, toRemove);
                done += toIndex.size() + toRemove.size();
                contribution.incrementWriteCount(toIndex.size() + toRemove.size());
            }
        } finally {
            pool.shutdownNow();
        }
        chunk.getStepContext().getStepExecution().getExecutionContext().putLong(COUNT_KEY, done);
        if (done > 0) log.info("search index: {} document(s) caught up", done);
        return RepeatStatus.FINISHED;
    }
}
