package org.oncoev.pipeline.scaleout;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.oncoev.pipeline.ingest.IngestCounts;
import org.oncoev.pipeline.ingest.SourceFileReader;
import org.oncoev.schema.CopyRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step 1 of the scale-out ingest job ({@value #STEP_NAME}): walks the folders once, as the single-JVM reader does
 * ({@link SourceFileReader#walk(List, Predicate, java.util.function.Consumer)}), and compares the files with the
 * stored file states in PostgreSQL by one join: the walk streams into a temporary table in batches of
 * {@value #BATCH} rows, so neither the walk nor any stored state is held in the heap. A file whose path, size and
 * mtime match its current version is settled here as the single-JVM writer settles it (last_seen refreshed, its
 * path recorded in {@code document_paths}, counted unchanged and not read); every other file becomes a row of the
 * frozen to-do list {@code ingest_manifest}, numbered 0..n-1 in path order, which the partitions then split into
 * ranges.
 *
 * <p>All of it happens in one transaction, so a plan step that fails leaves nothing and its rerun starts afresh; a
 * completed plan is never redone by a restart (Spring Batch skips the completed step), so the list stays frozen.
 * The counts land in the step context under {@link IngestCounts}' keys and {@value #TODO_KEY}, and the to-do
 * list's size also in the step's write count (read by {@link ScaleOutProgress}).
 */
public final class ManifestPlan implements Tasklet {
    public static final String STEP_NAME = "plan";
    public static final String TODO_KEY = "plan.todo";
    /** Walked files sent to PostgreSQL at a time: the heap holds one batch, never the whole walk. */
    static final int BATCH = 5000;
    private static final Logger log = LoggerFactory.getLogger(ManifestPlan.class);

    private final List<Path> roots;
    private final Predicate<String> supported;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final int batch;

    /** {@code supported}: the file names to ingest (readers and --include/--exclude), as for the single-JVM reader. */
    public ManifestPlan(List<Path> roots, Predicate<String> supported, JdbcTemplate jdbc, PlatformTransactionManager tm) {
        this(roots, supported, jdbc, tm, BATCH);
    }

    /** {@code batch}: walked files per COPY (tests use small batches). */
    ManifestPlan(List<Path> roots, Predicate<String> supported, JdbcTemplate jdbc, PlatformTransactionManager tm, int batch) {
        this.batch = Math.max(1, batch);
        this.roots = List.copyOf(roots);
        this.supported = supported;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(tm);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        StepExecution step = chunk.getStepContext().getStepExecution();
        long instance = step.getJobExecution().getJobInstance().getInstanceId();
        long[] counts = transaction.execute(tx -> plan(instance));
        IngestCounts planned = new IngestCounts();
        planned.addUnread(counts[1]);
        planned.saveTo(step.getExecutionContext());
        step.getExecutionContext().putLong(TODO_KEY, counts[2]);
        contribution.incrementWriteCount(counts[2]); // the to-do list's size, in the repository's write_count column
        log.info("ingest: {} files found, {} unchanged, {} to do", counts[0], counts[1], counts[2]);
        return RepeatStatus.FINISHED;
    }

    /**
     * Walks the folders into {@code plan_walk} and writes the to-do list of {@code instance}; returns {found,
     * unchanged, to do}. Call it in a transaction (the temporary tables live until its commit).
     */
    long[] plan(long instance) {
        jdbc.update("DELETE FROM ingest_manifest WHERE job_instance_id = ?", instance);
        jdbc.execute("CREATE TEMPORARY TABLE plan_walk (ord BIGINT, path TEXT, size BIGINT, mtime BIGINT, link TEXT, "
                + "err TEXT) ON COMMIT DROP");
        walkInto();
        jdbc.execute("CREATE INDEX ON plan_walk (path, ord)");
        // a path under two overlapping roots: the first one found counts, as in the single-JVM reader
        jdbc.update("DELETE FROM plan_walk a USING plan_walk b WHERE a.path = b.path AND a.ord > b.ord");
        jdbc.execute("ANALYZE plan_walk");
        Long found = jdbc.queryForObject("SELECT count(*) FROM plan_walk", Long.class);
        // the current version at the same path with the same size and mtime: unchanged, not read
        jdbc.execute("CREATE TEMPORARY TABLE plan_same ON COMMIT DROP AS SELECT w.ord, w.path, w.link, d.id "
                + "FROM plan_walk w JOIN documents d ON d.current AND d.source_path = w.path "
                + "AND d.file_size = w.size AND d.file_mtime = w.mtime WHERE w.err IS NULL");
        long unchanged = jdbc.update("UPDATE documents d SET last_seen = now() FROM plan_same s WHERE d.id = s.id");
        jdbc.update("INSERT INTO document_paths (source_path, document_id, link_target) "
                + "SELECT path, id, link FROM plan_same ON CONFLICT (source_path) DO UPDATE SET "
                + "document_id = EXCLUDED.document_id, link_target = EXCLUDED.link_target "
                + "WHERE (document_paths.document_id, document_paths.link_target) "
                + "IS DISTINCT FROM (EXCLUDED.document_id, EXCLUDED.link_target)");
        // numbered in path order by code point (COLLATE "C"), as the single-JVM reader sorts
        long todo = jdbc.update("INSERT INTO ingest_manifest (job_instance_id, ordinal, source_path, file_size, "
                + "file_mtime, link_target, walk_error) SELECT ?, (row_number() OVER (ORDER BY w.path COLLATE \"C\") - 1)::int, "
                + "w.path, w.size, w.mtime, w.link, w.err FROM plan_walk w WHERE NOT EXISTS "
                + "(SELECT 1 FROM plan_same s WHERE s.ord = w.ord)", instance);
        return new long[] {found == null ? 0 : found, unchanged, todo};
    }

    /** The walk, sent to {@code plan_walk} by COPY in batches of {@code batch} rows as it goes. */
    private void walkInto() {
        List<String> columns = List.of("ord", "path", "size", "mtime", "link", "err");
        CopyRows[] rows = {new CopyRows("plan_walk", columns)};
        long[] ord = {0};
        SourceFileReader.walk(roots, supported, f -> {
            rows[0].row(ord[0]++, f.sourcePath(), f.size(), f.mtimeMillis(), f.linkTarget(), f.walkError());
            if (rows[0].size() >= batch) {
                copy(rows[0]);
                rows[0] = new CopyRows("plan_walk", columns);
            }
        });
        copy(rows[0]);
    }

    private void copy(CopyRows rows) {
        DataSource ds = jdbc.getDataSource();
        Connection c = DataSourceUtils.getConnection(ds);
        try {
            rows.send(c);
        } catch (SQLException e) {
            throw new org.springframework.jdbc.UncategorizedSQLException("COPY plan_walk", null, e);
        } finally {
            DataSourceUtils.releaseConnection(c, ds);
        }
    }
}
