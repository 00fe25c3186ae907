package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.TestDatabase;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * PostgreSQL going away in the middle of {@code oncoev ingest}: the test runs its own PostgreSQL (embedded, on a
 * fixed data directory and port), starts the ingest as a child JVM, stops the server once some documents are stored,
 * and expects the child to fail within 10 s with exit code 1 and one line on stderr after the log lines, no stack frames
 * anywhere. With the server started again on the same data, the rerun completes and leaves what a clean run leaves.
 */
class DatabaseGoneTest {
    private static final int PAPERS = 24;

    @TempDir
    Path dir;

    @BeforeAll
    static void quietServerLog() {
        ((Logger) LoggerFactory.getLogger("io.zonky")).setLevel(Level.WARN); // the server's own log lines
    }

    @Test
    void ingestFailsWithOneLineAndTheRerunCompletes() throws Exception {
        Path corpus = dir.resolve("corpus");
        GeneratedPapers.write(corpus, PAPERS);
        Path data = dir.resolve("pg");
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        int port = freePort();
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
        String[] ingest = {"ingest", "--show", "0", "--db-url", url, "--home", home.toString(), corpus.toString()};
        Path out = home.resolve("child.out");
        Path err = home.resolve("child.err");

        EmbeddedPostgres pg = start(data, port);
        Process child;
        long stopped;
        try (SingleConnectionDataSource polling = new SingleConnectionDataSource(url, true)) {
            JdbcTemplate jdbc = new JdbcTemplate(polling);
            // the configured pool timeout: the job must fail within 10 s of the crash with it
            child = ChildOncoev.start(out, err, Map.of("ONCOEV_INGEST_CHUNK_SIZE", "2"), ingest);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90); // bounded wait for the kill point
            while (child.isAlive() && storedDocuments(jdbc) < 6 && System.nanoTime() < deadline) Thread.sleep(25);
            assertTrue(child.isAlive(), "the ingest is still running when the server goes away: " + Files.readString(out));
        } finally {
            stopped = System.nanoTime();
            pg.close(); // pg_ctl stop -m fast: the server ends every session and exits
        }
        boolean ended = child.waitFor(120, TimeUnit.SECONDS);
        if (!ended) child.destroyForcibly();
        assertTrue(ended, "the child ends after the server went away");
        double seconds = (System.nanoTime() - stopped) / 1e9;
        System.out.printf("database gone: child ended %.1f s after the server stopped, exit %d%n",
                seconds, child.exitValue());
        assertTrue(seconds < 10, "the job failed " + seconds + " s after the database went away");
        String stderr = Files.readString(err); // the log lines, then the command's one-line reason
        List<String> lines = stderr.strip().lines().toList();
        String reason = lines.get(lines.size() - 1);
        System.out.println("database gone: " + reason);
        assertEquals(1, child.exitValue(), stderr);
        assertTrue(reason.startsWith("oncoev ingest: ") && reason.contains("lost the database connection"), stderr);
        assertEquals(1, lines.stream().filter(l -> l.startsWith("oncoev ")).count(), "one reason line: " + stderr);
        assertFalse(stderr.contains("\tat "), "no stack frames: " + stderr);

        pg = start(data, port);
        try {
            Process rerun = ChildOncoev.start(out, err, Map.of(), ingest);
            assertTrue(rerun.waitFor(120, TimeUnit.SECONDS), "the rerun finishes");
            assertEquals(0, rerun.exitValue(), Files.readString(out) + Files.readString(err));
            assertTrue(Files.readString(out).contains("(restarted)"), Files.readString(out));
            Map<String, Object> after = IngestState.of(new JdbcTemplate(new DriverManagerDataSource(url)), home);
            try (TestDatabase clean = TestDatabase.create()) {
                Path cleanHome = dir.resolve("clean-home");
                CliRun run = CliRun.of(ingest[0], ingest[1], ingest[2], "--db-url", clean.url(), "--home",
                        cleanHome.toString(), corpus.toString());
                assertEquals(0, run.code(), run.err());
                Map<String, Object> expected = IngestState.of(new JdbcTemplate(new DriverManagerDataSource(clean.url())), cleanHome);
                assertEquals(List.of(), IngestState.differences(expected, after));
            }
            assertEquals((long) PAPERS, after.get("current documents"));
            assertNotEquals(0L, after.get("passages"));
        } finally {
            pg.close();
        }
    }

    /** The embedded server on {@code data} (created on first use, kept afterwards) and {@code port}. */
    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static long storedDocuments(JdbcTemplate jdbc) {
        try {
            Long n = jdbc.queryForObject("SELECT count(*) FROM documents", Long.class);
            return n == null ? 0 : n;
        } catch (RuntimeException e) {
            return 0; // not migrated yet
        }
    }
}
