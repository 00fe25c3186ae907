package org.oncoev.pipeline.runs;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Extraction runs as users see them: {@code extraction_runs} has one row per document, grouped here by the job
 * execution that wrote them (an {@code ingest} or an {@code extract}), so run id = job execution id. Rows
 * written without a job execution are not listed. Read-only.
 */
public final class RunList {
    /** One run: its id, job name, start, documents, accepted and rejected findings, extractor signatures, and
     *  how many documents it is still the latest run of. */
    public record Run(long id, String job, Timestamp started, int documents, long findings, long rejected,
                      String signatures, int latestFor) {}

    private RunList() {}

    public static List<Run> all(JdbcTemplate jdbc) {
        return jdbc.query("""
                SELECT r.job_execution_id AS id, coalesce(i.job_name, '?') AS job, min(r.started_at) AS started,
                       count(DISTINCT r.document_id) AS documents, sum(r.findings) AS findings, sum(r.rejected) AS rejected,
                       string_agg(DISTINCT r.extractor_signature, ' | ') AS signatures,
                       count(l.id) AS latest_for
                FROM extraction_runs r
                LEFT JOIN latest_extraction_runs l ON l.id = r.id
                LEFT JOIN batch_job_execution e ON e.job_execution_id = r.job_execution_id
                LEFT JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                WHERE r.job_execution_id IS NOT NULL
                GROUP BY r.job_execution_id, i.job_name ORDER BY r.job_execution_id""",
                (rs, n) -> new Run(rs.getLong("id"), rs.getString("job"), rs.getTimestamp("started"),
                        rs.getInt("documents"), rs.getLong("findings"), rs.getLong("rejected"),
                        rs.getString("signatures"), rs.getInt("latest_for")));
    }

    /** The {@code extraction_runs} row ids of run {@code id}. */
    public static List<Long> rowIds(JdbcTemplate jdbc, long id) {
        return jdbc.queryForList("SELECT id FROM extraction_runs WHERE job_execution_id = ? ORDER BY id", Long.class, id);
    }
}
