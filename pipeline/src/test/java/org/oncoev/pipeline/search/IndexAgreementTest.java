package org.oncoev.pipeline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@link IndexAgreement} against a fresh PostgreSQL database (skipped when the server is not reachable): an
 * index rebuilt from the database agrees; a document missing from the index, a document only in the index, a
 * version waiting for indexing and an index older than the database's last indexing are each reported, and a
 * rebuild repairs them.
 */
class IndexAgreementTest {
    static String database;
    static JdbcTemplate jdbc;
    @TempDir
    static Path home;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create("agreement");
        DriverManagerDataSource ds = new DriverManagerDataSource(TestDatabase.url(database));
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(ds);
        for (int id : new int[] {1, 2}) addDocument(id, true);
        jdbc.update("INSERT INTO batch_job_instance (job_instance_id, version, job_name, job_key) VALUES (1, 0, 'ingest', 'k1')");
        jdbc.update("INSERT INTO batch_job_execution (job_execution_id, version, job_instance_id, create_time, start_time,"
                + " end_time, status) VALUES (1, 0, 1, now(), now(), now(), 'COMPLETED')");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        TestDatabase.drop(database);
    }

    static void addDocument(long id, boolean current) {
        jdbc.update("INSERT INTO documents (id, source_path, file_name, sha256, format, title, char_count, byte_count, current)"
                + " VALUES (?, ?, ?, repeat(?, 64), 'text', 'A trial', 100, 100, ?)", id, "/x/" + id + ".txt", id + ".txt",
                Long.toString(id % 10), current);
        jdbc.update("INSERT INTO passages (document_id, ordinal, kind, text, char_start, char_end) VALUES"
                + " (?, 0, 'body', 'Median overall survival was 9.1 months.', 0, 40),"
                + " (?, 1, 'body', 'Eighty patients received sorafenib.', 41, 76)", id, id);
    }

    @Test
    void reportsEachDisagreementAndReindexRepairsIt() throws Exception {
        try (SearchIndex index = new SearchIndex(home.toString(), jdbc)) {
            IndexAgreement empty = IndexAgreement.check(jdbc, index);
            assertFalse(empty.agrees(), "no index yet");
            assertEquals(List.of(1L, 2L), empty.missingFromIndex());
            assertNull(empty.indexCommitted());

            index.rebuild(id -> { });
            IndexAgreement rebuilt = IndexAgreement.check(jdbc, index);
            assertTrue(rebuilt.agrees(), rebuilt.describe());
            assertEquals(List.of(2L, 4L, 2L, 4L), List.of(rebuilt.databaseDocuments(), rebuilt.databasePassages(),
                    rebuilt.indexedDocuments(), rebuilt.indexedPassages()));
            assertEquals("COMPLETED", rebuilt.lastRunStatus());
            assertTrue(rebuilt.describe().startsWith("search index: agrees with the database (database 2 documents / 4"
                    + " passages, index 2 documents / 4 passages; last ingest run 1 COMPLETED"), rebuilt.describe());

            index.removeDocument(2);
            index.commit();
            IndexAgreement missing = IndexAgreement.check(jdbc, index);
            assertEquals(List.of(2L), missing.missingFromIndex());
            assertTrue(missing.describe().contains("1 missing from the index (ids 2)"), missing.describe());
            assertTrue(missing.describe().endsWith("run 'oncoev reindex' to rebuild it"), missing.describe());

            index.rebuild(id -> { });
            jdbc.update("UPDATE documents SET current = FALSE WHERE id = 1");
            addDocument(3, true);
            IndexAgreement changed = IndexAgreement.check(jdbc, index);
            assertEquals(List.of(3L), changed.missingFromIndex());
            assertEquals(List.of(1L), changed.onlyInIndex());
            assertEquals(1, changed.pendingDocuments(), "document 3 has indexed_at NULL");

            index.rebuild(id -> { });
            assertTrue(IndexAgreement.check(jdbc, index).agrees(), "reindex repairs");

            jdbc.update("UPDATE documents SET indexed_at = now() + interval '1 hour' WHERE id = 2");
            IndexAgreement stale = IndexAgreement.check(jdbc, index);
            assertTrue(stale.staleIndex() && stale.agrees() && stale.bookkeepingBehind(), stale.describe());
            assertTrue(stale.describe().contains("yet the index holds the same passages"), stale.describe());
            index.rebuild(id -> { });
            assertFalse(IndexAgreement.check(jdbc, index).bookkeepingBehind(), "reindex stamps indexed_at after its commit");

            IndexAgreement lost = IndexAgreement.check(jdbc, home.resolve("lost-index"));
            assertEquals(List.of(2L, 3L), lost.missingFromIndex());
            assertFalse(lost.staleIndex(), "no index: reported as missing documents, not as stale");
            assertTrue(lost.describe().contains("index committed never"), lost.describe());

            jdbc.update("UPDATE batch_job_execution SET status = 'FAILED' WHERE job_execution_id = 1");
            IndexAgreement failedRun = IndexAgreement.check(jdbc, index);
            assertTrue(failedRun.agrees());
            assertTrue(failedRun.describe().endsWith("(the last ingest run did not complete; rerun ingest)"),
                    failedRun.describe());
        }
    }

    /**
     * The state a crash leaves between the index commit and the database's marking (its own database): versions
     * pending ({@code indexed_at} null, a superseded one among them) whose passages the index already holds or has
     * already dropped. That agrees; the same totals spread differently over the documents does not.
     */
    @Test
    void pendingMarksAfterACrashAgreeButMovedPassagesDoNot(@TempDir Path crashHome) throws Exception {
        String own = TestDatabase.create("agreement_crash");
        DriverManagerDataSource ds = new DriverManagerDataSource(TestDatabase.url(own));
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        JdbcTemplate db = new JdbcTemplate(ds);
        try (SearchIndex index = new SearchIndex(crashHome.toString(), db)) {
            for (int id : new int[] {4, 5, 6}) {
                db.update("INSERT INTO documents (id, source_path, file_name, sha256, format, title, char_count,"
                        + " byte_count, current) VALUES (?, ?, ?, repeat(?, 64), 'text', 'A study', 90, 90, TRUE)",
                        id, "/y/" + id + ".txt", id + ".txt", Integer.toString(id));
                db.update("INSERT INTO passages (document_id, ordinal, kind, text, char_start, char_end) VALUES"
                        + " (?, 0, 'body', 'The response rate reached 31 percent.', 0, 37),"
                        + " (?, 1, 'body', 'Sixty-two subjects were enrolled.', 38, 71)", id, id);
            }
            index.rebuild(id -> { });
            db.update("UPDATE documents SET current = FALSE WHERE id = 6");
            index.removeDocument(6);
            index.commit();
            db.update("UPDATE documents SET indexed_at = NULL WHERE id IN (5, 6)");
            IndexAgreement crashed = IndexAgreement.check(db, index);
            assertEquals(2, crashed.pendingDocuments());
            assertTrue(crashed.agrees() && crashed.bookkeepingBehind(), crashed.describe());
            assertTrue(crashed.describe().startsWith("search index: agrees with the database (database 2 documents"
                    + " / 4 passages, index 2 documents / 4 passages"), crashed.describe());
            assertTrue(crashed.describe().contains("2 document version(s) still marked pending"), crashed.describe());

            db.update("UPDATE passages SET document_id = 5, ordinal = 2 WHERE document_id = 4 AND ordinal = 1");
            IndexAgreement moved = IndexAgreement.check(db, index);
            assertEquals(List.of(4L, 4L, 2L, 2L), List.of(moved.databasePassages(), moved.indexedPassages(),
                    moved.databaseDocuments(), moved.indexedDocuments()), "same totals and documents");
            assertFalse(moved.agrees(), moved.describe());
            assertEquals(List.of(4L, 5L), moved.passageMismatch());
            assertTrue(moved.describe().contains("2 with another number of passages in the index (ids 4, 5)"),
                    moved.describe());
        } finally {
            TestDatabase.drop(own);
        }
    }
}
