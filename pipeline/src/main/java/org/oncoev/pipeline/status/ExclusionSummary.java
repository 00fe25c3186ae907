package org.oncoev.pipeline.status;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The text ingest did not read for evidence ({@code document_exclusions}), for {@code status}: excluded characters per
 * reason of the documents each job execution stored, and the current documents with the most excluded text.
 * Reads only; thread-safe.
 */
public final class ExclusionSummary {
    private final JdbcTemplate jdbc;

    public ExclusionSummary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One line per job execution that stored documents with excluded text:
     * {@code excluded from evidence: 1,234 chars in 3 of 5 documents (references 1,000, funding 234)}.
     */
    public Map<Long, String> perJob(List<Long> jobIds) {
        Map<Long, String> out = new HashMap<>();
        if (jobIds.isEmpty()) return out;
        Map<Long, Map<String, Long>> byJob = new LinkedHashMap<>();
        jdbc.query("""
                SELECT d.job_execution_id, x.reason, sum(x.chars) AS chars
                FROM document_exclusions x JOIN documents d ON d.id = x.document_id
                WHERE d.job_execution_id = ANY (?::bigint[])
                GROUP BY d.job_execution_id, x.reason ORDER BY d.job_execution_id, sum(x.chars) DESC, x.reason""",
                rs -> { byJob.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3)); },
                (Object) jobIds.toArray(new Long[0]));
        Map<Long, long[]> docs = new HashMap<>();
        jdbc.query("""
                SELECT d.job_execution_id, count(*), count(*) FILTER (WHERE EXISTS
                       (SELECT 1 FROM document_exclusions x WHERE x.document_id = d.id))
                FROM documents d WHERE d.job_execution_id = ANY (?::bigint[]) GROUP BY d.job_execution_id""",
                rs -> { docs.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)}); },
                (Object) jobIds.toArray(new Long[0]));
        for (Map.Entry<Long, Map<String, Long>> e : byJob.entrySet()) {
            long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            long[] d = docs.getOrDefault(e.getKey(), new long[2]);
            out.put(e.getKey(), String.format("excluded from evidence: %,d chars in %d of %d documents (%s)",
                    total, d[1], d[0], reasons(e.getValue())));
        }
        return out;
    }

    /** The {@code limit} current documents with the most excluded characters, a line each; empty when none. */
    public String topDocuments(int limit) {
        StringBuilder out = new StringBuilder();
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT d.source_path, d.char_count, sum(x.chars) AS chars,
                       string_agg(x.reason || ' ' || to_char(x.chars, 'FM999,999,999'), ', ' ORDER BY x.chars DESC, x.reason) AS reasons
                FROM document_exclusions x JOIN documents d ON d.id = x.document_id AND d.current
                GROUP BY d.id, d.source_path, d.char_count ORDER BY sum(x.chars) DESC, d.source_path LIMIT ?""",
                Math.max(0, limit));
        if (rows.isEmpty()) return "";
        out.append(String.format("%ndocuments with the most text excluded from evidence:%n"));
        for (Map<String, Object> r : rows) {
            long chars = ((Number) r.get("chars")).longValue();
            long all = ((Number) r.get("char_count")).longValue();
            out.append(String.format("  %,9d chars (%4.1f%%) %s: %s%n", chars, all == 0 ? 0.0 : 100.0 * chars / all,
                    r.get("source_path"), r.get("reasons")));
        }
        return out.toString();
    }

    /** {@code references 1,000, funding 234}. */
    static String reasons(Map<String, Long> charsByReason) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Long> e : charsByReason.entrySet()) {
            if (s.length() > 0) s.append(", ");
            s.append(e.getKey()).append(' ').append(String.format("%,d", e.getValue()));
        }
        return s.toString();
    }
}
