package org.oncoev.pipeline.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.ingest.CliRun;
import org.oncoev.pipeline.ingest.GeneratedPapers;

/** {@code oncoev status} after two ingests: the runs with their own counts and durations, and the index agreement. */
class StatusCommandTest {
    @TempDir
    Path corpus;
    @TempDir
    Path home;

    @Test
    void showsRunsCountsAndIndexAgreement() throws Exception {
        List<Path> papers = GeneratedPapers.write(corpus, 3);
        try (TestDatabase db = TestDatabase.create()) {
            String[] ingest = {"ingest", "--db-url", db.url(), "--home", home.toString(), corpus.toString()};
            assertEquals(0, CliRun.of(ingest).code());
            Files.delete(papers.get(0));
            assertEquals(0, CliRun.of(ingest).code());
            CliRun status = CliRun.of("status", "--db-url", db.url(), "--home", home.toString());
            assertEquals(0, status.code(), status.err());
            String out = status.out();
            assertTrue(out.contains("documents: 2 current, 1 superseded"), out);
            assertTrue(out.contains("search index: agrees with the database (database 2 documents"), out);
            assertTrue(out.contains("ingest: 3 new, 0 changed, 0 unchanged, 0 issues, 0 gone"), out);
            assertTrue(out.contains("ingest: 0 new, 0 changed, 2 unchanged (2 not read), 0 issues, 1 gone"), out);
            assertTrue(out.lines().filter(l -> l.matches("\\d+\\s+ingest\\s+COMPLETED\\s+.*\\d+(\\.\\d)?s\\s.*")).count() == 2, out);
        }
    }

    /**
     * After a crash between the index commit and the database's marking, versions stay pending although the index
     * holds them: status agrees (exit 0) and says so; passages that differ per document still exit 3.
     */
    @Test
    void pendingMarksAfterACrashAgreeAndARealDifferenceExitsThree() throws Exception {
        GeneratedPapers.write(corpus, 2);
        try (TestDatabase db = TestDatabase.create()) {
            assertEquals(0, CliRun.of("ingest", "--db-url", db.url(), "--home", home.toString(), corpus.toString()).code());
            try (java.sql.Connection c = db.connect(); java.sql.Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE documents SET indexed_at = NULL");
            }
            CliRun crashed = CliRun.of("status", "--db-url", db.url(), "--home", home.toString());
            assertEquals(0, crashed.code(), crashed.out() + crashed.err());
            assertTrue(crashed.out().contains("search index: agrees with the database (database 2 documents"), crashed.out());
            assertTrue(crashed.out().contains("2 document version(s) still marked pending"), crashed.out());

            try (java.sql.Connection c = db.connect(); java.sql.Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM passages WHERE id = (SELECT max(id) FROM passages)");
            }
            CliRun differs = CliRun.of("status", "--db-url", db.url(), "--home", home.toString());
            assertEquals(3, differs.code(), differs.out() + differs.err());
            assertTrue(differs.out().contains("search index: DISAGREES with the database"), differs.out());
            assertTrue(differs.out().contains("1 with another number of passages in the index"), differs.out());
        }
    }
}
