package org.oncoev.pipeline.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
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

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts the server on {@code dataDir}, creating the cluster on first use. */
    public static EmbeddedDatabase start(Path dataDir) {
        try {
            Files.createDirectories(dataDir.getParent());
            stopStalePostmaster(dataDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(true)
                    .setServerConfig("max_connections", "50")
                    .start();
            return new EmbeddedDatabase(pg);
        } catch (IOException | RuntimeException e) {
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
        }
    }
}
