package org.oncoev.pipeline.scaleout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.oncoev.pipeline.ingest.SourceFile;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads one partition's range {@code [from, to)} of {@code ingest_manifest} in ordinal order, a page of rows per
 * query. Restartable: the next ordinal is saved in the step context (under the single-JVM reader's key), so a
 * partition resumed on another worker after a crash continues after its last committed chunk. Not thread-safe.
 */
public final class ManifestReader implements ItemStreamReader<SourceFile> {
    static final String POSITION_KEY = "ingest.reader.position";
    private static final int PAGE = 200;

    private final JdbcTemplate jdbc;
    private long instance;
    private long to;
    private long position;
    private List<SourceFile> page = List.of();
    private long pageStart;

    public ManifestReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
    }

    @Override
    public SourceFile read() {
        if (position >= to) return null;
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
