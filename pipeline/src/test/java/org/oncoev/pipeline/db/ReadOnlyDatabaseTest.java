package org.oncoev.pipeline.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.cli.OncoevException;
import org.oncoev.pipeline.ingest.CliRun;

/**
 * The Spring-free database of read-only commands, against the real PostgreSQL at 127.0.0.1:5432: an empty or older
 * schema is migrated before the first query, a current one is used as it is, and a server that is not there fails
 * with one line.
 */
class ReadOnlyDatabaseTest {
    @TempDir
    Path home;

    @Test
    void anEmptyDatabaseIsMigratedAndThenRead() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            try (ReadOnlyDatabase ro = ReadOnlyDatabase.open(db.url(), home)) {
                assertFalse(ro.attached());
                assertEquals(0, ro.jdbc().queryForObject("SELECT count(*) FROM documents", Integer.class));
            }
            try (Connection c = db.connect()) {
                assertTrue(SchemaCurrency.isCurrent(c), "every class-path migration applied");
            }
        }
    }

    @Test
    void anOlderSchemaIsBroughtUpToDate() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            org.flywaydb.core.Flyway.configure().dataSource(db.url(), null, null).locations("classpath:db/migration")
                    .target("14.1").load().migrate();
            try (Connection c = db.connect()) {
                assertFalse(SchemaCurrency.isCurrent(c), "stopped at 14.1");
            }
            try (ReadOnlyDatabase ro = ReadOnlyDatabase.open(db.url(), home)) {
                assertEquals(0, ro.jdbc().queryForObject("SELECT count(*) FROM document_paths", Integer.class));
            }
            try (Connection c = db.connect()) {
                assertTrue(SchemaCurrency.isCurrent(c));
            }
        }
    }

    @Test
    void statusOnAnEmptyDatabaseShowsNoRunsAndExitsZero() {
        try (TestDatabase db = TestDatabase.create()) {
            CliRun status = CliRun.of("status", "--db-url", db.url(), "--home", home.toString());
            assertEquals(0, status.code(), status.err());
            assertTrue(status.out().contains("documents: 0 current, 0 superseded"), status.out());
            assertTrue(status.out().contains("(none)"), status.out());
            CliRun runs = CliRun.of("runs", "--db-url", db.url(), "--home", home.toString());
            assertEquals(0, runs.code(), runs.err());
            assertTrue(runs.out().contains("no extraction runs yet"), runs.out());
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aServerThatIsNotThereFailsWithOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        OncoevException e = assertThrows(OncoevException.class,
                () -> ReadOnlyDatabase.open("jdbc:postgresql://127.0.0.1:" + port + "/none?user=postgres", home));
        assertTrue(e.getMessage().startsWith("database unavailable (jdbc:postgresql://127.0.0.1:" + port), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
