package org.oncoev.pipeline.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.cli.OncoevCommand;
import org.oncoev.pipeline.export.SmallCorpus;
import org.oncoev.pipeline.ingest.ChildOncoev;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * While {@code serve} (a child JVM) runs on the embedded database under a home folder, read commands in another
 * process on the same home attach to its server and work; {@code ingest} fails with "another ingest is running"
 * only while a session really holds the batch lock, and succeeds once it is released.
 */
class SharedEmbeddedDatabaseTest {

    @Test
    void commandsAttachToTheServerThatServeStarted(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        Path corpus = SmallCorpus.write(dir.resolve("corpus"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process serve = ChildOncoev.start(dir.resolve("serve.out"), dir.resolve("serve.err"), Map.of(),
                "serve", "--port", String.valueOf(port), "--home", home.toString());
        try {
            awaitReady(home.resolve("pg"), serve, dir);
            String url = RunningPostmaster.jdbcUrl(RunningPostmaster.readyPort(home.resolve("pg")).getAsInt());

            Result ingest = run("ingest", corpus.toString(), "--home", home.toString());
            assertEquals(0, ingest.code(), ingest.err());
            Result status = run("status", "--home", home.toString());
            assertTrue(status.out().contains("2"), status.out());
            Result runs = run("runs", "--home", home.toString());
            assertEquals(0, runs.code(), runs.err());
            assertTrue(runs.out().contains("ingest"), runs.out());
            Result export = run("export", "--format", "csv", "--out", dir.resolve("out").toString(), "--home", home.toString());
            assertEquals(0, export.code(), export.err());
            assertTrue(Files.size(dir.resolve("out/facts.csv")) > 0);
            Result search = run("search", "survival", "--home", home.toString());
            assertEquals(0, search.code(), search.err());
            assertFalse((search.out() + search.err()).contains("another ingest"), search.err());

            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(url);
            try (JobLock held = JobLock.acquire(ds)) {
                Result busy = run("ingest", corpus.toString(), "--home", home.toString());
                assertEquals(1, busy.code(), busy.out());
                assertTrue(busy.err().contains(JobLock.BUSY), busy.err());
                Result stillReads = run("runs", "--home", home.toString());
                assertEquals(0, stillReads.code(), stillReads.err());
            }
            Result again = run("ingest", corpus.toString(), "--home", home.toString());
            assertEquals(0, again.code(), again.err());
            assertTrue(serve.isAlive(), "serve kept its server");
        } finally {
            serve.destroy();
            serve.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static void awaitReady(Path pg, Process serve, Path dir) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (RunningPostmaster.readyPort(pg).isEmpty()) {
            assertTrue(serve.isAlive(), () -> "serve exited: " + read(dir.resolve("serve.err")));
            assertTrue(System.currentTimeMillis() < deadline, "embedded server not ready");
            Thread.sleep(200);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return "";
        }
    }

    private record Result(int code, String out, String err) {}

    /** Runs the CLI in this JVM (a process other than serve's) and captures its exit code and output. */
    private static Result run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = OncoevCommand.commandLine().execute(args);
            return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
