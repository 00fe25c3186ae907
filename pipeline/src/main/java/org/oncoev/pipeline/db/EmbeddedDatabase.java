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
 * directory persists between runs; the server listens on a free local port while the process that started it
 * runs. A second process on the same data directory (say {@code status} while {@code serve} runs) attaches to that
 * server instead of starting one; the batch lock ({@link JobLock}) alone decides whether an ingest may run.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    /** How long a process waits for the owner's server to become ready (or for the owner to go). */
    static final long ATTACH_WAIT_MILLIS = 60_000;

    private final EmbeddedPostgres postgres; // null when attached to another process's server
    private final FileChannel lockFile;
    private final String jdbcUrl;

    private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockFile, String jdbcUrl) {
        this.postgres = postgres;
        this.lockFile = lockFile;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * Starts the server on {@code dataDir}, creating the cluster on first use, or attaches to the server another
     * oncoev process runs there. The process that starts the server holds a file lock next to the data directory
     * ({@code pg.lock}) while it runs, so no one stops it as if it were left over; a process that finds the lock
     * held connects to that server once its {@code postmaster.pid} says ready (waiting up to
     * {@link #ATTACH_WAIT_MILLIS} while it starts, or starting its own if the owner exits meanwhile).
     */
    public static EmbeddedDatabase start(Path dataDir) {
        FileChannel lockFile = null;
        try {
            Files.createDirectories(dataDir.getParent());
            lockFile = FileChannel.open(dataDir.resolveSibling(dataDir.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long deadline = System.currentTimeMillis() + ATTACH_WAIT_MILLIS;
            FileLock lock;
            while ((lock = lockFile.tryLock()) == null) {
                java.util.OptionalInt port = RunningPostmaster.readyPort(dataDir);
                if (port.isPresent()) {
                    closeQuietly(lockFile);
                    return new EmbeddedDatabase(null, null, RunningPostmaster.jdbcUrl(port.getAsInt()));
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new OncoevException("another oncoev process holds the embedded database in " + dataDir
                            + " but its server did not become ready; try again when it has finished");
                }
                Thread.sleep(200);
            }
            stopStalePostmaster(dataDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(true)
                    .setServerConfig("max_connections", "50")
                    .start();
            return new EmbeddedDatabase(pg, lockFile, pg.getJdbcUrl("postgres", "postgres"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(lockFile);
            throw new OncoevException("interrupted while waiting for the embedded database in " + dataDir, e);
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
        return jdbcUrl;
    }

    /** Whether this process attached to another process's server (and so leaves it running on close). */
    public boolean attached() {
        return postgres == null;
    }

    /**
     * Stops the server this process started, once no other process needs it: while another process's session
     * holds the batch lock (an attached ingest or extract) or runs a statement, it waits (telling so once).
     * An attached process leaves the server alone.
     */
    @Override
    public void close() {
        if (postgres == null) return;
        try {
            waitForOtherUsers();
            postgres.close();
        } catch (IOException e) {
            System.err.println("oncoev: embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        } finally {
            closeQuietly(lockFile); // releases the file lock
        }
    }

    private void waitForOtherUsers() {
        boolean told = false;
        while (RunningPostmaster.inUseByOthers(jdbcUrl)) {
            if (!told) {
                System.err.println("oncoev: another oncoev process is using the embedded database; stopping it when that has finished");
                told = true;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
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
