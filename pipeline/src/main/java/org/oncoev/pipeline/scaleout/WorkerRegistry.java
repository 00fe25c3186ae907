package org.oncoev.pipeline.scaleout;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code ingest_workers} table: each worker JVM's row with its heartbeat ({@code last_seen}, the database's
 * clock, so machines' clocks do not matter) and the partition it is running. A worker is live while its heartbeat
 * is younger than {@code staleAfter}. Thread-safe (no state beyond the {@link JdbcTemplate}).
 */
public final class WorkerRegistry {
    /** A live worker as {@code status} shows it. */
    public record Worker(String id, String host, long pid, int threads, String startedAt, long secondsSinceSeen,
                         Long stepExecutionId) {}

    private final JdbcTemplate jdbc;
    private final Duration staleAfter;

    public WorkerRegistry(JdbcTemplate jdbc, Duration staleAfter) {
        this.jdbc = jdbc;
        this.staleAfter = staleAfter;
    }

    /** Records a heartbeat of {@code id}, running {@code stepExecutionId} (null: idle); inserts the row if missing. */
    public void beat(String id, String host, long pid, int threads, Long stepExecutionId) {
        int n = jdbc.update("UPDATE ingest_workers SET last_seen = now(), step_execution_id = ? WHERE worker_id = ?",
                stepExecutionId, id);
        if (n == 0) {
            jdbc.update("INSERT INTO ingest_workers (worker_id, host, pid, threads, step_execution_id) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT (worker_id) DO UPDATE SET last_seen = now()", id, host, pid, threads, stepExecutionId);
        }
    }

    /** Removes {@code id}'s row (a worker that stops cleanly), and rows of workers gone for a day. */
    public void remove(String id) {
        jdbc.update("DELETE FROM ingest_workers WHERE worker_id = ? OR last_seen < now() - interval '1 day'", id);
    }

    /** Workers whose heartbeat is younger than the stale limit. */
    public int liveCount() {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM ingest_workers WHERE last_seen > now() - ? * interval '1 millisecond'",
                Integer.class, staleAfter.toMillis());
        return n == null ? 0 : n;
    }

    /** The live workers, oldest first. */
    public List<Worker> live() {
        return jdbc.query("SELECT worker_id, host, pid, threads, to_char(started_at, 'YYYY-MM-DD HH24:MI:SS'), "
                        + "extract(epoch FROM now() - last_seen)::bigint, step_execution_id FROM ingest_workers "
                        + "WHERE last_seen > now() - ? * interval '1 millisecond' ORDER BY started_at, worker_id",
                (rs, i) -> new Worker(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                        rs.getLong(6), (Long) rs.getObject(7)), staleAfter.toMillis());
    }
}
