package org.oncoev.pipeline.scaleout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.oncoev.pipeline.ingest.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads one partition's range {@code [from, to)} of {@code ingest_manifest} in ordinal order, a page of rows per
 * query. Restartable: the next ordinal is saved in the step context (under the single-JVM reader's key), so a
 * partition resumed on another worker after a crash continues after its last committed chunk.
 *
 * <p>A worker that is stopped (SIGTERM) stops its partition at the next chunk boundary: when {@code stopping} is
 * true as a chunk begins, the reader runs {@code leaving} (the worker lets go of its claim) and then never returns,
 * so nothing of the new chunk is read or written and the partition stays STARTED at its last committed chunk; the
 * broker gets the request back when the worker's channel closes and another worker resumes the partition there.
 * The JVM is ending meanwhile. Not thread-safe.
 */
public final class ManifestReader implements ItemStreamReader<SourceFile> {
    static final String POSITION_KEY = "ingest.reader.position";
    private static final int PAGE = 200;
    private static final Logger log = LoggerFactory.getLogger(ManifestReader.class);

    private final JdbcTemplate jdbc;
    private final int chunkSize;
    private final BooleanSupplier stopping;
    private final Runnable leaving;
    private long opened;
    private long instance;
    private long to;
    private long position;
    private List<SourceFile> page = List.of();
    private long pageStart;

    /** A reader that never stops on its own (no worker around it). */
    public ManifestReader(JdbcTemplate jdbc) {
        this(jdbc, 1, () -> false, () -> {});
    }

    /** {@code chunkSize}: the step's, so the reader knows where a chunk begins. */
    public ManifestReader(JdbcTemplate jdbc, int chunkSize, BooleanSupplier stopping, Runnable leaving) {
        this.jdbc = jdbc;
        this.chunkSize = Math.max(1, chunkSize);
        this.stopping = stopping;
        this.leaving = leaving;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        if (!context.containsKey(ManifestPartitioner.FROM_KEY)) {
            throw new ItemStreamException("not a manifest partition: its context has no " + ManifestPartitioner.FROM_KEY);
        }
        instance = context.getLong(ManifestPartitioner.INSTANCE_KEY);
        to = context.getLong(ManifestPartitioner.TO_KEY);
        position = context.containsKey(POSITION_KEY) ? context.getLong(POSITION_KEY)
                : context.getLong(ManifestPartitioner.FROM_KEY);
        page = List.of();
        pageStart = position;
        opened = position;
    }

    @Override
    public SourceFile read() {
        if (position >= to) return null;
        if ((position - opened) % chunkSize == 0 && stopping.getAsBoolean()) leave();
        if (position - pageStart >= page.size()) load(position);
        if (page.isEmpty()) return null;
        return page.get((int) (position++ - pageStart));
    }

    /** {@code file} and up to {@code n - 1} files after it in the current page (for the look-ahead processor). */
    public List<SourceFile> following(SourceFile file, int n) {
        int at = page.indexOf(file);
        if (at < 0) return List.of();
        return page.subList(at, Math.min(page.size(), at + Math.max(1, n)));
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(POSITION_KEY, position);
    }

    @Override
    public void close() {
        page = List.of();
    }

    /** Stops this partition here for good: the claim goes, and the step's thread waits for the JVM to end. */
    private void leave() {
        log.info("worker stopping: partition left at ordinal {} (its last committed chunk) for another worker", position);
        leaving.run();
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // stay: writing on would race the worker that resumes the partition
            }
        }
    }

    private void load(long from) {
        List<SourceFile> rows = new ArrayList<>(PAGE);
        jdbc.query("SELECT source_path, file_size, file_mtime, link_target, walk_error FROM ingest_manifest "
                + "WHERE job_instance_id = ? AND ordinal >= ? AND ordinal < ? ORDER BY ordinal LIMIT ?", rs -> {
            String sourcePath = rs.getString(1);
            Path path = Path.of(sourcePath);
            String name = path.getFileName() == null ? sourcePath : path.getFileName().toString();
            rows.add(new SourceFile(path, sourcePath, name, rs.getLong(2), rs.getLong(3), rs.getString(5),
                    rs.getString(4)));
        }, instance, from, to, PAGE);
        page = rows;
        pageStart = from;
    }
}
