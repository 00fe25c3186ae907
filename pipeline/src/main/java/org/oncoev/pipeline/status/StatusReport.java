package org.oncoev.pipeline.status;

import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Renders {@code oncoev status} from the Spring Batch metadata and the oncoev tables, as plain text: stored counts,
 * documents with and without metadata, the index/database agreement line, recent job executions (status, duration, read/written/skipped, issues,
 * where known the run's own one-line counts, and the characters its documents excluded from evidence per reason),
 * the documents with the most excluded text and recent ingest issues.
 */
public final class StatusReport {
    private final JdbcTemplate jdbc;
    private final LongFunction<String> runSummary;
    private final Supplier<String> indexAgreement;

    public StatusReport(JdbcTemplate jdbc) {
        this(jdbc, id -> null, () -> null);
    }

    /**
     * @param runSummary one line of counts for a job execution id, or null when it has none
     * @param indexAgreement the index/database agreement line, or null to leave it out
     */
    public StatusReport(JdbcTemplate jdbc, LongFunction<String> runSummary, Supplier<String> indexAgreement) {
        this.jdbc = jdbc;
        this.runSummary = runSummary;
        this.indexAgreement = indexAgreement;
    }

    /** The report: stored counts, the last {@code jobs} job executions and the last {@code issues} issues. */
    public String render(int jobs, int issues) {
        StringBuilder out = new StringBuilder();
        Map<String, Object> c = jdbc.queryForMap("""
                SELECT (SELECT count(*) FROM documents WHERE current) AS current_documents,
                       (SELECT count(*) FROM documents WHERE NOT current) AS superseded_documents,
                       (SELECT count(*) FROM passages p JOIN documents d ON d.id = p.document_id AND d.current) AS passages,
                       (SELECT coalesce(sum(findings), 0) FROM latest_extraction_runs) AS findings,
                       (SELECT coalesce(sum(rejected), 0) FROM latest_extraction_runs) AS rejected,
                       (SELECT count(*) FROM ingest_issues) AS issues""");
        out.append(String.format("documents: %s current, %s superseded; passages: %s; findings: %s (%s rejected); ingest issues: %s%n",
                c.get("current_documents"), c.get("superseded_documents"), c.get("passages"), c.get("findings"),
                c.get("rejected"), c.get("issues")));
        out.append(metadataLine());
        String agreement = indexAgreement.get();
        if (agreement != null) out.append(agreement).append('\n');
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time,
                       coalesce(sum(s.read_count), 0) AS read, coalesce(sum(s.write_count), 0) AS written,
                       coalesce(sum(s.filter_count + s.read_skip_count + s.process_skip_count + s.write_skip_count), 0) AS skipped,
                       (SELECT count(*) FROM ingest_issues g WHERE g.last_job_execution_id = e.job_execution_id) AS issues,
                       e.exit_message
                FROM batch_job_execution e
                JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                -- a scale-out run's partitions are summed into its partitioned step already
                LEFT JOIN batch_step_execution s ON s.job_execution_id = e.job_execution_id
                     AND s.step_name NOT LIKE 'ingest-partition:%'
                GROUP BY e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time, e.exit_message
                ORDER BY e.job_execution_id DESC LIMIT ?""", Math.max(0, jobs));
        Map<Long, String> excluded = new ExclusionSummary(jdbc).perJob(rows.stream()
                .map(r -> ((Number) r.get("job_execution_id")).longValue()).toList());
        out.append(String.format("%nrecent job executions:%n%-6s %-13s %-10s %-19s %9s %6s %7s %8s %7s%n",
                "id", "job", "status", "started", "duration", "read", "written", "skipped", "issues"));
        if (rows.isEmpty()) out.append("  (none)\n");
        for (Map<String, Object> r : rows) {
            out.append(String.format("%-6s %-13s %-10s %-19s %9s %6s %7s %8s %7s%n", r.get("job_execution_id"),
                    r.get("job_name"), r.get("status"), shortTime(r.get("start_time")),
                    duration(r.get("start_time"), r.get("end_time")), r.get("read"), r.get("written"),
                    r.get("skipped"), r.get("issues")));
            String summary = runSummary.apply(((Number) r.get("job_execution_id")).longValue());
            if (summary != null) out.append("       ").append(summary).append('\n');
            String exclusion = excluded.get(((Number) r.get("job_execution_id")).longValue());
            if (exclusion != null) out.append("       ").append(exclusion).append('\n');
            Object msg = r.get("exit_message");
            if ("FAILED".equals(r.get("status")) && msg != null && !msg.toString().isBlank()) {
                out.append("       ").append(firstLine(msg.toString())).append('\n');
            }
        }
        out.append(new ExclusionSummary(jdbc).topDocuments(5));
        List<Map<String, Object>> recent = jdbc.queryForList("""
                SELECT source_path, stage, reason FROM ingest_issues ORDER BY last_seen DESC, id DESC LIMIT ?""",
                Math.max(0, issues));
        if (!recent.isEmpty()) {
            out.append(String.format("%nrecent ingest issues:%n"));
            for (Map<String, Object> r : recent) {
                out.append(String.format("  [%s] %s: %s%n", r.get("stage"), r.get("source_path"), r.get("reason")));
            }
        }
        return out.toString();
    }

    /**
     * Current documents with and without bibliographic metadata (a journal, year, DOI or PMID), and the papers
     * stored more than once under different files (the same DOI or PMID, e.g. read from JATS and again from PDF).
     */
    private String metadataLine() {
        Map<String, Object> m = jdbc.queryForMap("""
                SELECT count(*) FILTER (WHERE journal IS NOT NULL OR year IS NOT NULL OR doi IS NOT NULL OR pmid IS NOT NULL) AS with_meta,
                       count(*) FILTER (WHERE journal IS NULL AND year IS NULL AND doi IS NULL AND pmid IS NULL) AS without_meta
                FROM documents WHERE current""");
        long[] same = new SamePapers(jdbc).counts();
        return String.format("metadata: %s documents with journal, year, DOI or PMID, %s without; %d papers stored more than once "
                        + "(%d documents share a DOI or PMID; view works keeps one version)%n",
                m.get("with_meta"), m.get("without_meta"), same[1], same[0]);
    }

    private static String shortTime(Object t) {
        if (t == null) return "-";
        String s = t.toString();
        return s.length() > 19 ? s.substring(0, 19) : s;
    }

    private static String duration(Object start, Object end) {
        if (!(start instanceof java.sql.Timestamp s) || !(end instanceof java.sql.Timestamp e)) return "-";
        long ms = e.getTime() - s.getTime();
        return ms < 10_000 ? String.format("%.1fs", ms / 1000.0) : (ms / 1000) + "s";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
