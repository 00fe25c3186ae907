package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.search.IndexAgreement;
import org.oncoev.pipeline.search.SearchIndex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Starts {@code oncoev ingest} as a child JVM over 30 generated papers, kills it with SIGKILL at several points (once
 * during start-up, then after a few and about half the documents are stored), reruns it to completion, and compares
 * the database and the index with a clean run into another database: same documents, passages, findings, runs, issues,
 * and index contents, with nothing duplicated.
 */
class KillAndRerunTest {
    private static final int PAPERS = 30;
    /** Kill points: -1 = after 1 s (start-up, migrations), otherwise once this many documents are stored. */
    private static final int[] KILL_AT = {-1, 4, 16};

    @TempDir
    Path corpus;
    @TempDir
    Path killedHome;
    @TempDir
    Path cleanHome;
    Path log;

    @Test
    void killedRunsRerunToTheCleanState() throws Exception {
        GeneratedPapers.write(corpus.resolve("papers"), PAPERS);
        log = killedHome.resolve("child.log");
        try (TestDatabase killed = TestDatabase.create(); TestDatabase clean = TestDatabase.create()) {
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(killed.url()));
            List<String> kills = new ArrayList<>();
            for (int at : KILL_AT) {
                Process p = start(killed.url(), killedHome);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40); // bounded wait per kill point
                if (at < 0) p.waitFor(1, TimeUnit.SECONDS);
                else while (p.isAlive() && storedDocuments(jdbc) < at && System.nanoTime() < deadline) Thread.sleep(20);
                boolean wasAlive = p.isAlive();
                p.destroyForcibly();
                p.waitFor(20, TimeUnit.SECONDS);
                kills.add((at < 0 ? "1 s" : at + " docs") + ": " + (wasAlive ? "killed at " + storedDocuments(jdbc) + " stored" : "had finished")
                        + String.format(" (%.1f s)", (System.nanoTime() - deadline) / 1e9 + 40));
            }
            System.out.println("kill points: " + kills);
            Process rerun = start(killed.url(), killedHome);
            assertTrue(rerun.waitFor(60, TimeUnit.SECONDS), "the rerun finishes");
            String out = Files.readString(log);
            assertEquals(0, rerun.exitValue(), out);

            CliRun cleanRun = CliRun.of("ingest", "--db-url", clean.url(), "--home", cleanHome.toString(), corpus.toString());
            assertEquals(0, cleanRun.code(), cleanRun.err());
            assertTrue(cleanRun.out().contains(PAPERS + " new"), cleanRun.out());

            Map<String, Object> afterKills = state(jdbc, killedHome);
            Map<String, Object> cleanState = state(new JdbcTemplate(new DriverManagerDataSource(clean.url())), cleanHome);
            assertEquals(cleanState, afterKills);
            assertEquals((long) PAPERS, afterKills.get("current documents"));
            assertEquals(true, afterKills.get("index agrees"), afterKills.toString());
        }
    }

    private Process start(String dbUrl, Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                "org.oncoev.pipeline.Main", "ingest", "--db-url", dbUrl, "--home", home.toString(), corpus.toString());
        pb.environment().put("ONCOEV_INGEST_CHUNK_SIZE", "2"); // many checkpoints to land between
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile()); // the last run's output, read on failure
        return pb.start();
    }

    private static long storedDocuments(JdbcTemplate jdbc) {
        try {
            Long n = jdbc.queryForObject("SELECT count(*) FROM documents", Long.class);
            return n == null ? 0 : n;
        } catch (RuntimeException e) {
            return 0; // the schema is not migrated yet
        }
    }

    /** What a run leaves behind, without ids or times. */
    private static Map<String, Object> state(JdbcTemplate jdbc, Path home) {
        Map<String, Object> s = new LinkedHashMap<>();
        for (String[] q : new String[][] {
                {"documents", "SELECT count(*) FROM documents"},
                {"current documents", "SELECT count(*) FROM documents WHERE current"},
                {"distinct contents", "SELECT count(DISTINCT sha256) FROM documents"},
                {"sections", "SELECT count(*) FROM sections"},
                {"passages", "SELECT count(*) FROM passages"},
                {"extraction runs", "SELECT count(*) FROM extraction_runs"},
                {"documents with one run", "SELECT count(*) FROM (SELECT document_id FROM extraction_runs GROUP BY document_id HAVING count(*) = 1) r"},
                {"findings", "SELECT coalesce(sum(findings), 0) FROM latest_extraction_runs"},
                {"rejected", "SELECT coalesce(sum(rejected), 0) FROM latest_extraction_runs"},
                {"p_values", "SELECT count(*) FROM p_values"},
                {"cohorts", "SELECT count(*) FROM cohorts"},
                {"survival_outcomes", "SELECT count(*) FROM survival_outcomes"},
                {"hazard_ratios", "SELECT count(*) FROM hazard_ratios"},
                {"doses", "SELECT count(*) FROM doses"},
                {"ingest issues", "SELECT count(*) FROM ingest_issues"},
                {"unindexed", "SELECT count(*) FROM documents WHERE indexed_at IS NULL"}}) {
            s.put(q[0], jdbc.queryForObject(q[1], Long.class));
        }
        s.put("contents", jdbc.queryForList("SELECT source_path || ' ' || sha256 FROM documents WHERE current ORDER BY 1",
                String.class));
        IndexAgreement agreement = IndexAgreement.check(jdbc, SearchIndex.indexDir(home));
        s.put("index documents", agreement.indexedDocuments());
        s.put("index passages", agreement.indexedPassages());
        s.put("index agrees", agreement.agrees());
        return s;
    }
}
