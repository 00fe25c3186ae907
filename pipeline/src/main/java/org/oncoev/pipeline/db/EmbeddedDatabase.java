package org.oncoev.pipeline.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.oncoev.pipeline.cli.OncoevException;

/**
 * The embedded PostgreSQL 15 (zonky) that oncoev uses when no {@code ONCOEV_DB_URL} is given. Its data
 * directory persists between runs; the server listens on a free local port while the process runs.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final FileChannel lockFile;

    private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockFile) {
        this.postgres = postgres;
        this.lockFile = lockFile;
    }

    /**
     * Starts the server on {@code dataDir}, creating the cluster on first use. One process at a time: a file lock
     * next to the data directory ({@code pg.lock}) is held while the server runs, so a second process fails with one
     * line instead of stopping the first one's server as if it were left over.
     */
    public static EmbeddedDatabase start(Path dataDir) {
        FileChannel lockFile = null;
        try {
            Files.createDirectories(dataDir.getParent());
            lockFile = FileChannel.open(dataDir.resolveSibling(dataDir.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = lockFile.tryLock();
            if (lock == null) {
                throw new OncoevException("another ingest is running (another oncoev process uses the embedded database in "
                        + dataDir + "; set ONCOEV_DB_URL to share a PostgreSQL server)");
            }
            stopStalePostmaster(dataDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(true)
                    .setServerConfig("max_connections", "50")
                    .start();
            return new EmbeddedDatabase(pg, lockFile);
        } catch (OncoevException e) {
            closeQuietly(lockFile);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(lockFile);
            throw new OncoevException("cannot start the embedded PostgreSQL in " + dataDir + ": "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip(), e);
        }
    }

    /**
     * Stops a server left running on {@code dataDir} by a process that was killed (its postmaster.pid names a
     * live postgres process), so this process can start its own. Waits up to 15 s for it to exit.
     */
    static void stopStalePostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) return;
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) return;
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        if (process.isEmpty() || !process.get().isAlive()) return;
        String command = process.get().info().command().orElse("");
        if (!command.endsWith("postgres")) return;
        process.get().destroy(); // SIGTERM: smart shutdown; the killed process's connections are gone
        try {
            process.get().onExit().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("a PostgreSQL left running on " + dataDir + " (pid " + process.get().pid()
                    + ") did not stop", e);
        }
    }

    /** JDBC URL of the {@code postgres} database. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("oncoev: embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        } finally {
            closeQuietly(lockFile); // releases the file lock
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }
}
