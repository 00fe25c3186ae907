package org.oncoev.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.ingest.DocumentStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The storing-alone stage of the bound leaves nothing behind once forgotten: its documents are never indexed, so
 * left in place the next ingest's index catch-up would read them back and index them inside its own timing (the
 * real text run used to index the generated and real store-alone documents so). Runs against the PostgreSQL at
 * 127.0.0.1:5432 in a throwaway database; skipped when the server is not reachable.
 */
class StoreAloneTest {
    @Test
    void storedAloneDocumentsAreForgottenSoNoIngestCatchesThemUp(@TempDir Path dir) throws Exception {
        try (Connection ignored = DriverManager.getConnection(BenchSmokeTest.SERVER, "postgres", "")) {
            // reachable
        } catch (java.sql.SQLException e) {
            Assumptions.abort("PostgreSQL not reachable: " + e.getMessage());
        }
        try (BenchDatabase db = BenchDatabase.create(BenchSmokeTest.SERVER)) {
            SingleConnectionDataSource ds = new SingleConnectionDataSource(db.url() + "?user=postgres", true);
            try {
                Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
                JdbcTemplate jdbc = new JdbcTemplate(ds);
                List<Path> files = BenchCorpus.list(RealFolders.texts(dir.resolve("text")), ".md", ".txt");
                StageCeilings.storeOnly(files, 25, jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)));
                DocumentStore documents = new DocumentStore(jdbc);
                assertEquals(2, documents.pendingIndex().size(), "stored, never indexed: what a catch-up would index");
                assertTrue(jdbc.queryForObject("SELECT count(*) FROM passages", Long.class) > 0, "passages stored too");

                StageCeilings.forgetStoredAlone(jdbc);
                assertEquals(List.of(), documents.pendingIndex(), "nothing left for the next ingest to catch up");
                assertEquals(0L, jdbc.queryForObject("SELECT count(*) FROM documents", Long.class));
                assertEquals(0L, jdbc.queryForObject("SELECT count(*) FROM passages", Long.class));
            } finally {
                ds.destroy();
            }
        }
    }
}
