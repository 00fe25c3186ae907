package org.oncoev.pipeline.scaleout;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The claim of a worker on a partition while it runs it: a PostgreSQL session advisory lock keyed by the partition's
 * step execution id, held on a connection of its own. A worker that dies (kill -9, a lost machine) drops its
 * connection and with it the claim, so "held" means a live process is running that partition right now. One
 * owner; {@link #close()} may be called from another thread.
 */
public final class PartitionLock implements AutoCloseable {
    /** First key of the two-key advisory lock ("oncp"), the second being the step execution id. */
    static final int KEY = 0x6f6e6370;

    private final Connection connection;
    private final long stepExecutionId;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private PartitionLock(Connection connection, long stepExecutionId) {
        this.connection = connection;
        this.stepExecutionId = stepExecutionId;
    }

    /** The claim on {@code stepExecutionId}, or null when another session holds it. */
    public static PartitionLock tryTake(DataSource dataSource, long stepExecutionId) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(true);
            if (call(c, "SELECT pg_try_advisory_lock(?, ?)", stepExecutionId)) return new PartitionLock(c, stepExecutionId);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        c.close();
        return null;
    }

    /** The step execution ids whose claim some session of this database holds now. */
    public static Set<Long> held(JdbcTemplate jdbc) {
        return new HashSet<>(jdbc.queryForList("SELECT objid::bigint FROM pg_locks WHERE locktype = 'advisory' "
                + "AND granted AND objsubid = 2 AND classid::bigint = ? "
                + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", Long.class,
                (long) KEY));
    }

    /** Lets go of the claim; only the first call does anything (a stopping worker may release it early). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        try {
            call(connection, "SELECT pg_advisory_unlock(?, ?)", stepExecutionId);
        } catch (SQLException e) {
            // a broken connection: the server dropped the session and with it the lock
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing to release
            }
        }
    }

    private static boolean call(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, KEY);
            ps.setInt(2, (int) id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
