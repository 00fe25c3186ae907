package org.oncoev.pipeline.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.oncoev.pipeline.cli.OncoevException;

/**
 * A PostgreSQL session advisory lock that keeps ingest and extract runs from overlapping, across processes and
 * servers sharing the database. {@link #acquire} takes it without waiting on a connection held until
 * {@link #close}; a process that dies drops its connection and with it the lock. Not thread-safe; one owner.
 */
public final class JobLock implements AutoCloseable {
    /** The advisory lock key shared by all oncoev batch runs ("oncoev" in ASCII). */
    public static final long KEY = 0x6f6e636f6576L;
    /** The one line a second, overlapping run fails with. */
    public static final String BUSY = "another ingest is running (a batch run holds the database lock); try again when it has finished";

    private final Connection connection;

    private JobLock(Connection connection) {
        this.connection = connection;
    }

    /** Takes the lock or fails at once with {@link #BUSY} as an {@link OncoevException}. */
    public static JobLock acquire(DataSource dataSource) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(true);
            if (call(c, "SELECT pg_try_advisory_lock(?)")) return new JobLock(c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new OncoevException("cannot take the batch lock: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip(), e);
        }
        closeQuietly(c);
        throw new OncoevException(BUSY);
    }

    /** Whether some session (this process's or another's) holds the lock in this database right now. */
    public static boolean held(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) > 0 FROM pg_locks WHERE locktype = 'advisory' AND granted "
                        // advisory locks are per database: another database's runs (other tests, other installs) do not count
                        + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                        + "AND ((classid::bigint << 32) | objid::bigint) = ?")) {
            ps.setLong(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new OncoevException("cannot read the batch lock: " + e.getMessage(), e);
        }
    }

    /** Releases the lock (explicitly, since a pooled connection outlives this session's use of it). */
    @Override
    public void close() {
        try {
            call(connection, "SELECT pg_advisory_unlock(?)");
        } catch (SQLException e) {
            // the connection is broken: the server dropped the session and with it the lock
        } finally {
            closeQuietly(connection);
        }
    }

    private static boolean call(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing to release
        }
    }
}
