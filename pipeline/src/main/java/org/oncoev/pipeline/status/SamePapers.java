package org.oncoev.pipeline.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Papers stored more than once: current documents under different files that share a DOI (case-insensitive) or a
 * PMID, e.g. one read from JATS and again from its PDF. Both {@code ingest} (the documents a run stored) and
 * {@code status} (all current documents) report them; the {@code works} view keeps one version of each.
 */
public final class SamePapers {
    /** Pairs listed by name at most. */
    public static final int MAX_LISTED = 5;

    private static final String PAIRS = """
            SELECT n.id AS new_id, n.file_name AS new_file, o.file_name AS other_file,
                   CASE WHEN n.doi IS NOT NULL AND lower(o.doi) = lower(n.doi) THEN 'DOI ' || n.doi
                        ELSE 'PMID ' || n.pmid END AS shared
            FROM documents n
            JOIN documents o ON o.current AND o.id <> n.id
                AND ((n.doi IS NOT NULL AND lower(o.doi) = lower(n.doi)) OR (n.pmid IS NOT NULL AND o.pmid = n.pmid))
            WHERE n.current""";

    private final JdbcTemplate jdbc;

    public SamePapers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored copy: the document and the other file it is the same paper as, by the identifier they share. */
    public record Copy(String file, String otherFile, String shared) {}

    /** Current documents stored by job execution {@code jobExecutionId} that another current document duplicates. */
    public List<Copy> storedBy(long jobExecutionId) {
        return copies(PAIRS + " AND n.job_execution_id = ? AND (o.job_execution_id IS DISTINCT FROM n.job_execution_id OR o.id < n.id)"
                + " ORDER BY n.file_name, o.file_name", jobExecutionId);
    }

    /**
     * {@code [documents, papers]}: current documents that share their DOI or PMID with another current document,
     * and the papers they are (documents grouped under the lowest id they match).
     */
    public long[] counts() {
        Map<String, Object> m = jdbc.queryForMap("""
                SELECT count(*) AS documents, count(DISTINCT rep) AS papers FROM (
                    SELECT (SELECT min(x.id) FROM documents x WHERE x.current
                              AND ((n.doi IS NOT NULL AND lower(x.doi) = lower(n.doi)) OR (n.pmid IS NOT NULL AND x.pmid = n.pmid))) AS rep
                    FROM documents n
                    WHERE n.current AND EXISTS (SELECT 1 FROM documents o WHERE o.current AND o.id <> n.id
                              AND ((n.doi IS NOT NULL AND lower(o.doi) = lower(n.doi)) OR (n.pmid IS NOT NULL AND o.pmid = n.pmid)))) t""");
        return new long[] {((Number) m.get("documents")).longValue(), ((Number) m.get("papers")).longValue()};
    }

    /**
     * One line for a run's summary: {@code same paper stored under another file: 2 (a.pdf = a.nxml by DOI 10.x/y, ...)};
     * null when the run stored no duplicate.
     */
    public static String line(List<Copy> copies) {
        if (copies.isEmpty()) return null;
        List<String> shown = new ArrayList<>();
        for (Copy c : copies.subList(0, Math.min(MAX_LISTED, copies.size()))) {
            shown.add(c.file() + " = " + c.otherFile() + " by " + c.shared());
        }
        return "same paper stored under another file: " + copies.size() + " (" + String.join(", ", shown)
                + (copies.size() > MAX_LISTED ? ", ..." : "") + "); evidence queries count it once (view works)";
    }

    private List<Copy> copies(String sql, Object... args) {
        return jdbc.query(sql, (rs, i) -> new Copy(rs.getString("new_file"), rs.getString("other_file"),
                rs.getString("shared")), args);
    }
}
