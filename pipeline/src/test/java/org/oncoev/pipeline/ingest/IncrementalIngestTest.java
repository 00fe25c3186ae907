package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.corpus.index.PassageIndexWriter;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.search.IndexAgreement;
import org.oncoev.pipeline.search.SearchIndex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Incremental ingest through the command line: an unchanged folder is recognised by path, size and mtime without
 * reading a file; a touched file is re-hashed once; changed, new and deleted files are handled; a deleted file that
 * comes back is revived; the index agrees with the database throughout.
 */
class IncrementalIngestTest {
    @TempDir
    Path corpus;
    @TempDir
    Path home;
    TestDatabase db;
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(db.url()));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (db != null) db.close();
    }

    @Test
    void unchangedTouchedChangedNewDeletedAndRevived() throws Exception {
        List<Path> papers = GeneratedPapers.write(corpus, 30);
        long t0 = System.nanoTime();
        assertRun("30 new, 0 changed, 0 unchanged, 0 issues, 0 gone");
        long full = System.nanoTime() - t0;
        long fullJob = lastJobMillis();

        t0 = System.nanoTime();
        assertRun("0 new, 0 changed, 30 unchanged (30 not read), 0 issues, 0 gone");
        long unchanged = System.nanoTime() - t0;
        long unchangedJob = lastJobMillis();
        System.out.printf("incremental: full run %.2f s (job %d ms), unchanged run %.2f s (job %d ms): job ratio %.3f%n",
                full / 1e9, fullJob, unchanged / 1e9, unchangedJob, unchangedJob / (double) Math.max(1, fullJob));

        // same content, new mtime: hashed once (content matches), then skipped unread again
        Files.setLastModifiedTime(papers.get(3), FileTime.fromMillis(Files.getLastModifiedTime(papers.get(3)).toMillis() + 5000));
        assertRun("0 new, 0 changed, 30 unchanged (29 not read), 0 issues, 0 gone");
        assertRun("0 new, 0 changed, 30 unchanged (30 not read), 0 issues, 0 gone");

        String deletedText = Files.readString(papers.get(7));
        Files.delete(papers.get(7));
        Files.writeString(papers.get(1), GeneratedPapers.text(1).replace("Longer follow-up", "Extended follow-up"));
        Files.createDirectories(corpus.resolve("sub"));
        Files.writeString(corpus.resolve("sub").resolve("paper-new.md"), GeneratedPapers.text(40));
        assertRun("1 new, 1 changed, 28 unchanged (28 not read), 0 issues, 1 gone");
        assertEquals(30L, count("SELECT count(*) FROM documents WHERE current"));
        assertEquals(1L, count("SELECT count(*) FROM documents WHERE gone_at IS NOT NULL AND NOT current AND source_path = '"
                + papers.get(7).toAbsolutePath() + "'"));
        assertAgrees(30);

        Files.writeString(papers.get(7), deletedText);
        assertRun("0 new, 1 changed, 30 unchanged (30 not read), 0 issues, 0 gone");
        assertEquals(0L, count("SELECT count(*) FROM documents WHERE gone_at IS NOT NULL"));
        assertAgrees(31);
    }

    /**
     * A run that fails after marking a deleted file gone (here: another writer holds the index lock, so the mark-gone
     * step cannot open the index) is restarted by the next run, which reports the file as gone and takes it out of
     * the index.
     */
    @Test
    void restartAfterTheMarksReportsTheGoneFile() throws Exception {
        List<Path> papers = GeneratedPapers.write(corpus, 4);
        assertRun("4 new, 0 changed, 0 unchanged, 0 issues, 0 gone");
        Files.delete(papers.get(2));
        try (PassageIndexWriter holder = PassageIndexWriter.open(SearchIndex.indexDir(home))) {
            CliRun failed = CliRun.of("ingest", "--db-url", db.url(), "--home", home.toString(), corpus.toString());
            assertEquals(1, failed.code(), failed.out());
            assertTrue(failed.err().startsWith("oncoev ingest: ingest job ") && failed.err().contains(" FAILED: ")
                    && failed.err().strip().lines().count() == 1, failed.err());
        }
        assertEquals(1L, count("SELECT count(*) FROM documents WHERE gone_at IS NOT NULL AND NOT current"), "marked before the failure");
        CliRun rerun = CliRun.of("ingest", "--db-url", db.url(), "--home", home.toString(), corpus.toString());
        assertEquals(0, rerun.code(), rerun.err());
        assertTrue(rerun.out().contains("0 new, 0 changed, 3 unchanged (3 not read), 0 issues, 1 gone"), rerun.out());
        assertTrue(rerun.out().contains("(restarted)"), rerun.out());
        assertAgrees(3);
    }

    private void assertRun(String expectedSummary) {
        CliRun run = CliRun.of("ingest", "--db-url", db.url(), "--home", home.toString(), corpus.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains(expectedSummary), run.out());
    }

    private void assertAgrees(long documents) {
        IndexAgreement agreement = IndexAgreement.check(jdbc, SearchIndex.indexDir(home));
        assertTrue(agreement.agrees(), agreement.describe());
        assertEquals(documents, agreement.indexedDocuments());
    }

    private long lastJobMillis() {
        return count("SELECT (extract(epoch FROM end_time - start_time) * 1000)::bigint FROM batch_job_execution "
                + "ORDER BY job_execution_id DESC LIMIT 1");
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
