package org.oncoev.pipeline.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * The embedded PostgreSQL another oncoev process runs on a data directory, found through its
 * {@code postmaster.pid} (line 1 the pid, line 4 the port, line 8 the status {@code ready}), and the question
 * whether other processes still need it: a session holding the {@link JobLock} (an ingest or extract) or running
 * a statement right now. Stateless; thread-safe.
 */
final class RunningPostmaster {
    private static final int PORT_LINE = 3;
    private static final int STATUS_LINE = 7;

    private RunningPostmaster() {}

    /** The port of a live, ready server on {@code dataDir}; empty when none is (not started, starting, stopping). */
    static OptionalInt readyPort(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile) || Files.size(pidFile) > 4096) return OptionalInt.empty();
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() <= STATUS_LINE || !"ready".equals(lines.get(STATUS_LINE).strip())) return OptionalInt.empty();
            String pid = lines.get(0).strip();
            String port = lines.get(PORT_LINE).strip();
            if (!pid.matches("\\d{1,10}") || !port.matches("\\d{1,5}")) return OptionalInt.empty();
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(pid));
            if (process.isEmpty() || !process.get().isAlive()) return OptionalInt.empty();
            return OptionalInt.of(Integer.parseInt(port));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // being rewritten or removed: not ready
        }
    }

    /** The JDBC URL of the {@code postgres} database on a local embedded server (as zonky names it). */
    static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=" + DatabaseInitializer.DEFAULT_USER;
    }

    /**
     * Whether a session other than the asking one holds the batch lock or runs a statement; false when the server
     * does not answer (then nobody can use it anyway).
     */
    static boolean inUseByOthers(String jdbcUrl) {
        Properties info = new Properties();
        info.setProperty("connectTimeout", "5");
        try (Connection c = DriverManager.getConnection(jdbcUrl, info); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"
                     + " AND pid <> pg_backend_pid() AND ((classid::bigint << 32) | objid::bigint) = " + JobLock.KEY + ")"
                     + " OR EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'client backend'"
                     + " AND pid <> pg_backend_pid() AND state = 'active')")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            return false;
        }
    }
}
