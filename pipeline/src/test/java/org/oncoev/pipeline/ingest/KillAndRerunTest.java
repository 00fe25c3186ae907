package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.pipeline.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * SIGKILLs {@code oncoev ingest} and {@code oncoev extract}, run as child JVMs over 60 generated papers (and two bad
 * files), at bounded sets of points, reruns them to completion, and compares what is left with one clean run: the
 * same documents, passages, findings, extraction runs, issues, latest-run findings and index contents, with nothing
 * duplicated and nothing missing.
 *
 * <p>One clean ingest (in-process) is shared: three trials each kill the ingest at three points (during start-up
 * or while the new database is migrated, then at numbers of stored documents or once the ingest step is recorded
 * complete) before the rerun. The extract case starts from two
 * copies of the clean database and index: one gets a clean {@code extract}, the other a killed-and-rerun one.
 * The three trials and the extract case run at once (each on its own databases and folders, reading only the shared
 * clean run): most of their time is child JVMs starting, which one test at a time left a core idle.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.CONCURRENT)
class KillAndRerunTest {
    private static final int PAPERS = 60;
    /** Upper bound on the wait for one kill point; a child that finishes earlier is simply not killed. */
    private static final long KILL_WAIT_SECONDS = 60;

    /**
     * Where to kill: {@code afterMillis} after the start, or once {@code sql} (null: the test's progress count)
     * returns at least {@code atLeast}.
     */
    record Kill(String name, long afterMillis, String sql, long atLeast) {
        static Kill startUp(long millis) { return new Kill(millis + " ms after start", millis, null, 0); }
        /** While Flyway migrates a new database (its history table has a row). */
        static Kill migrating() { return new Kill("migrating", -1, "SELECT count(*) FROM flyway_schema_history", 1); }
        static Kill at(long n) { return new Kill(n + " stored", -1, null, n); }
        /** Once the ingest step is recorded complete: its writer may still be committing the index, or mark-gone runs. */
        static Kill ingestStepCompleted() {
            return new Kill("ingest step completed", -1, "SELECT count(*) FROM batch_step_execution "
                    + "WHERE step_name = '" + IngestJobRunner.STEP_NAME + "' AND status = 'COMPLETED'", 1);
        }
        @Override public String toString() { return name; }
    }

    @TempDir
    static Path dir;
    Path corpus;
    TestDatabase clean;
    Path cleanHome;
    Map<String, Object> cleanState;

    @BeforeAll
    void cleanRun() throws Exception {
        corpus = dir.resolve("corpus");
        GeneratedPapers.write(corpus.resolve("papers"), PAPERS);
        Files.write(corpus.resolve("empty.md"), new byte[0]); // an ingest issue: empty file
        Files.write(corpus.resolve("binary.txt"), new byte[] {'a', 0, 'b', 0}); // an ingest issue: NUL bytes
        clean = TestDatabase.create();
        cleanHome = dir.resolve("clean-home");
        CliRun run = CliRun.of("ingest", "--show", "0", "--db-url", clean.url(), "--home", cleanHome.toString(),
                corpus.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains(PAPERS + " new, 0 changed, 0 unchanged, 2 issues, 0 gone"), run.out());
        cleanState = IngestState.of(jdbc(clean), cleanHome);
        assertEquals((long) PAPERS, cleanState.get("current documents"));
        assertEquals(2L, cleanState.get("ingest issues"));
        assertEquals(true, cleanState.get("index agrees"), cleanState.toString());
    }

    @AfterAll
    void dropClean() throws Exception {
        if (clean != null) clean.close();
    }

    static Stream<Arguments> trials() {
        return Stream.of(
                Arguments.of(1, List.of(Kill.startUp(1000), Kill.at(5), Kill.at(40))),
                Arguments.of(2, List.of(Kill.migrating(), Kill.at(22), Kill.at(PAPERS))),
                Arguments.of(3, List.of(Kill.startUp(3000), Kill.at(1), Kill.ingestStepCompleted())));
    }

    @ParameterizedTest(name = "trial {0}: kill at {1}")
    @MethodSource("trials")
    void killedIngestRerunsToTheCleanState(int trial, List<Kill> kills) throws Exception {
        Path home = dir.resolve("home-" + trial);
        try (TestDatabase killed = TestDatabase.create()) {
            JdbcTemplate jdbc = jdbc(killed);
            String[] args = {"ingest", "--show", "0", "--db-url", killed.url(), "--home", home.toString(), corpus.toString()};
            List<String> outcomes = killAndRerun(home, killed, "SELECT count(*) FROM documents", kills, args);
            System.out.println("ingest trial " + trial + ": " + outcomes);
            Map<String, Object> after = IngestState.of(jdbc, home);
            assertEquals(List.of(), IngestState.differences(cleanState, after));
            assertEquals(true, after.get("index agrees"), after.toString());
        }
    }

    @Test
    void killedExtractRerunsToTheCleanState() throws Exception {
        Path cleanExtractHome = dir.resolve("extract-clean-home");
        Path killedHome = dir.resolve("extract-killed-home");
        FileSystemUtils.copyRecursively(cleanHome, cleanExtractHome);
        FileSystemUtils.copyRecursively(cleanHome, killedHome);
        try (TestDatabase cleanExtract = clean.copy(); TestDatabase killed = clean.copy()) {
            long ingestRun = count(jdbc(killed), "SELECT max(job_execution_id) FROM extraction_runs");
            CliRun run = CliRun.of("extract", "--db-url", cleanExtract.url(), "--home", cleanExtractHome.toString(),
                    corpus.toString());
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains(PAPERS + " document(s) extracted, "), run.out());

            JdbcTemplate jdbc = jdbc(killed);
            String extractRows = "SELECT count(*) FROM extraction_runs WHERE job_execution_id > " + ingestRun;
            List<Kill> kills = List.of(Kill.startUp(1500), Kill.at(8), Kill.at(PAPERS));
            List<String> outcomes = killAndRerun(killedHome, killed, extractRows, kills,
                    "extract", "--db-url", killed.url(), "--home", killedHome.toString(), corpus.toString());
            System.out.println("extract: " + outcomes);

            Map<String, Object> expected = extractState(jdbc(cleanExtract), cleanExtractHome, ingestRun);
            Map<String, Object> after = extractState(jdbc, killedHome, ingestRun);
            assertEquals(List.of(), IngestState.differences(expected, after));
            assertEquals(List.of((long) PAPERS), after.get("documents per extract run"), "one run, every document");
            assertEquals((long) PAPERS * 2, after.get("extraction runs"), "the ingest's run and one extract run each");
        }
    }

    /**
     * Starts the child once per kill point and kills it there (or lets it finish), then reruns it to completion;
     * returns what happened at each point. {@code progressSql} counts what the child has stored so far.
     */
    private List<String> killAndRerun(Path home, TestDatabase db, String progressSql, List<Kill> kills, String... args)
            throws Exception {
        Files.createDirectories(home);
        Path out = home.resolve("child.out");
        Path err = home.resolve("child.err");
        List<String> outcomes = new ArrayList<>();
        try (SingleConnectionDataSource polling = new SingleConnectionDataSource(db.url(), true)) {
            JdbcTemplate jdbc = new JdbcTemplate(polling); // one connection: polling must not load the server
            for (Kill kill : kills) {
                long start = System.nanoTime();
                long deadline = start + TimeUnit.SECONDS.toNanos(KILL_WAIT_SECONDS);
                Process p = ChildOncoev.start(out, err, Map.of("ONCOEV_INGEST_CHUNK_SIZE", "2"), args);
                while (p.isAlive() && System.nanoTime() < deadline && !reached(kill, start, jdbc, progressSql)) {
                    Thread.sleep(25);
                }
                boolean alive = p.isAlive();
                p.destroyForcibly();
                assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the killed child ends");
                outcomes.add(kill + ": " + (alive ? "killed at " + count(jdbc, progressSql) : "had finished, exit " + p.exitValue())
                        + String.format(" (%.1f s)", (System.nanoTime() - start) / 1e9));
            }
        }
        long start = System.nanoTime();
        Process rerun = ChildOncoev.start(out, err, Map.of(), args);
        assertTrue(rerun.waitFor(120, TimeUnit.SECONDS), "the rerun finishes");
        assertEquals(0, rerun.exitValue(), Files.readString(out) + Files.readString(err));
        String summary = Files.readString(out).lines().filter(l -> l.startsWith(args[0] + ": ")).findFirst().orElse("");
        outcomes.add(String.format("rerun (%.1f s): %s", (System.nanoTime() - start) / 1e9, summary));
        return outcomes;
    }

    private static boolean reached(Kill kill, long start, JdbcTemplate jdbc, String progressSql) {
        if (kill.afterMillis() >= 0) return System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(kill.afterMillis());
        return count(jdbc, kill.sql() != null ? kill.sql() : progressSql) >= kill.atLeast();
    }

    /** A count, or 0 while the schema is not migrated yet. */
    private static long count(JdbcTemplate jdbc, String sql) {
        try {
            Long n = jdbc.queryForObject(sql, Long.class);
            return n == null ? 0 : n;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static JdbcTemplate jdbc(TestDatabase db) {
        return new JdbcTemplate(new DriverManagerDataSource(db.url()));
    }

    /** An ingest's state plus how the extract runs after {@code ingestRun} are grouped by job execution. */
    private static Map<String, Object> extractState(JdbcTemplate jdbc, Path home, long ingestRun) throws Exception {
        Map<String, Object> s = IngestState.of(jdbc, home);
        s.put("documents per extract run", jdbc.queryForList("SELECT count(*) FROM extraction_runs WHERE job_execution_id > ? "
                + "GROUP BY job_execution_id ORDER BY job_execution_id", Long.class, ingestRun));
        s.put("documents whose latest run is the extract", jdbc.queryForObject("SELECT count(*) FROM latest_extraction_runs "
                + "WHERE job_execution_id > ?", Long.class, ingestRun));
        return s;
    }
}
