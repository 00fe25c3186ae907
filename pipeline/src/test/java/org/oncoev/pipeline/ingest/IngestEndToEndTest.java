package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.corpus.index.PassageIndexWriter;
import org.oncoev.pipeline.TestDatabase;

/**
 * Runs {@code oncoev ingest} through the command line against a fresh PostgreSQL database: new files, bad input,
 * a rerun that adds nothing, a restarted execution, and a changed file replacing its old version.
 */
class IngestEndToEndTest {
    private static final String PAPER_A = """
            # Gemcitabine with or without nab-paclitaxel in metastatic pancreatic cancer

            ## Abstract

            **Methods:** A total of 120 patients were randomized to gemcitabine plus nab-paclitaxel (n = 60) or gemcitabine alone (n = 60).

            **Results:** The median OS was 8.7 months (95% CI, 7.1-10.2) versus 6.6 months (95% CI, 5.4-7.9) (HR = 0.72, 95% CI: 0.55-0.94, P = .016).

            ## Methods

            Gemcitabine 1000 mg/m2 IV was given on days 1, 8 and 15 every 4 weeks.

            ## References

            1. Someone A. A study. J Made Up. 2020;1:1-2.
            """;
    private static final String PAPER_B = """
            Radiotherapy dose escalation in locally advanced rectal cancer

            Results
            Eighty-two patients were treated. The 2-year local control rate was 91.5% and median PFS was 31.4 months (P < 0.001).
            """;

    @TempDir
    static Path corpus;
    @TempDir
    static Path home;
    static TestDatabase db;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestDatabase.create();
        Files.writeString(corpus.resolve("gem-nab.md"), PAPER_A);
        Files.createDirectories(corpus.resolve("rectal"));
        Files.writeString(corpus.resolve("rectal/rt-dose.txt"), PAPER_B);
        Files.writeString(corpus.resolve("rectal/copy-of-gem.md"), PAPER_A);
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 9, 1, 2});
        byte[] bad = "Results\n\nThe median PFS was 5.5 months (P = .21) \u0000".getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 1] = (byte) 0xC3; // a truncated two-byte sequence: invalid UTF-8
        Files.write(corpus.resolve("bad-utf8.txt"), bad);
        Files.createDirectories(corpus.resolve(".cache"));
        Files.writeString(corpus.resolve(".cache/hidden.md"), PAPER_B + "hidden");
        Files.writeString(corpus.resolve("figure.png"), "not a paper");
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (db != null) db.close();
    }

    @Test
    void ingestTwiceRestartAndChange() throws Exception {
        CliRun first = ingest(corpus.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("3 new, 0 changed, 1 unchanged, 3 issues"), first.out());
        assertTrue(first.out().contains("Evidence found (latest extraction run):"), first.out());
        Map<String, Long> afterFirst = counts();
        assertEquals(3, afterFirst.get("current"));
        assertTrue(afterFirst.get("passages") > 5, afterFirst.toString());
        assertTrue(afterFirst.get("p_values") >= 1, afterFirst.toString());
        assertEquals(3, afterFirst.get("issues"));
        assertEquals(Map.of("empty.txt", "read", "binary.txt", "decode", "bad-utf8.txt", "decode"), issueStages());
        assertEquals(3, indexedDocuments());
        // two files with the same content: the first in path order owns it, however many documents are stored at once
        assertEquals(1, query("SELECT count(*) FROM documents WHERE source_path LIKE '%/gem-nab.md'"));
        assertEquals(0, query("SELECT count(*) FROM documents WHERE source_path LIKE '%/copy-of-gem.md'"));

        CliRun second = ingest(corpus.toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("0 new, 0 changed, 4 unchanged"), second.out());
        assertEquals(afterFirst, counts(), "a rerun adds nothing");

        sql("UPDATE batch_step_execution SET status = 'FAILED' WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)");
        sql("UPDATE batch_job_execution SET status = 'FAILED', exit_code = 'FAILED' WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)");
        CliRun restart = ingest(corpus.toString());
        assertEquals(0, restart.code(), restart.err());
        assertTrue(restart.out().contains("(restarted)"), restart.out());
        assertEquals(afterFirst, counts(), "a restart duplicates nothing");

        Files.writeString(corpus.resolve("rectal/rt-dose.txt"), PAPER_B.replace("31.4 months", "33.0 months"));
        CliRun changed = ingest(corpus.toString());
        assertEquals(0, changed.code(), changed.err());
        assertTrue(changed.out().contains("0 new, 1 changed"), changed.out());
        Map<String, Long> afterChange = counts();
        assertEquals(3, afterChange.get("current"));
        assertEquals(4, afterChange.get("documents"));
        assertEquals(1L, query("SELECT count(*) FROM current_documents d JOIN passages p ON p.document_id = d.id "
                + "WHERE p.text LIKE '%33.0 months%'"));
        assertEquals(0L, query("SELECT count(*) FROM current_documents d JOIN passages p ON p.document_id = d.id "
                + "WHERE p.text LIKE '%31.4 months%'"));
        assertEquals(3, indexedDocuments());
    }

    @Test
    void missingFolderAndUnreachableDatabaseFailWithOneLine() {
        CliRun missing = ingest(corpus.resolve("no-such-folder").toString());
        assertNotEquals(0, missing.code());
        assertTrue(missing.err().strip().lines().count() == 1 && missing.err().contains("not a folder"), missing.err());

        CliRun down = CliRun.of("ingest", "--db-url", "jdbc:postgresql://127.0.0.1:1/none?user=postgres", "--home",
                home.toString(), corpus.toString());
        assertEquals(1, down.code());
        assertTrue(down.err().strip().lines().count() == 1 && down.err().contains("database unavailable"), down.err());
    }

    private static CliRun ingest(String folder) {
        return CliRun.of("ingest", "--db-url", db.url(), "--home", home.toString(), folder);
    }

    private static long indexedDocuments() throws Exception {
        try (PassageIndexWriter w = PassageIndexWriter.open(home.resolve("index"))) {
            return w.documentCount();
        }
    }

    private static Map<String, Long> counts() throws Exception {
        Map<String, Long> c = new LinkedHashMap<>();
        for (String t : new String[] {"documents", "current_documents", "sections", "passages", "extraction_runs",
                "p_values", "cohorts", "survival_outcomes", "hazard_ratios", "doses", "ingest_issues"}) {
            c.put(t.equals("current_documents") ? "current" : t.equals("ingest_issues") ? "issues" : t,
                    query("SELECT count(*) FROM " + t));
        }
        return c;
    }

    private static Map<String, String> issueStages() throws Exception {
        Map<String, String> m = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT source_path, stage FROM ingest_issues")) {
            while (rs.next()) m.put(Path.of(rs.getString(1)).getFileName().toString(), rs.getString(2));
        }
        return m;
    }

    private static long query(String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sql(String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
