package org.oncoev.pipeline.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Against the real PostgreSQL at 127.0.0.1:5432: a fresh, a migrated and a one-version-behind database. */
class SchemaCurrencyTest {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    @Test
    void classPathMigrationsAreFoundWithDottedVersions() {
        assertTrue(SchemaCurrency.migrationVersions().containsAll(java.util.Set.of("1", "1.1", "14.1")));
    }

    /** The schema module's own listing finds what a scan of the whole class path finds: no migration lives elsewhere. */
    @Test
    void theSchemaModuleHoldsEveryMigrationOnTheClassPath() {
        assertFalse(SchemaCurrency.schemaModuleVersions().isEmpty());
        assertEquals(SchemaCurrency.scannedVersions(), SchemaCurrency.schemaModuleVersions());
    }

    @Test
    void onlyADatabaseHoldingEveryMigrationIsCurrent() throws Exception {
        String name = "oncoev_schema_currency_" + ProcessHandle.current().pid();
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", null);
             Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        String url = SERVER + name;
        try {
            assertFalse(SchemaCurrency.isCurrent(url, "postgres"), "no history table yet");
            Flyway.configure().dataSource(url, "postgres", null).locations("classpath:db/migration").load().migrate();
            assertTrue(SchemaCurrency.isCurrent(url, "postgres"));
            try (Connection c = DriverManager.getConnection(url, "postgres", null); Statement s = c.createStatement()) {
                s.execute("DELETE FROM flyway_schema_history WHERE version = '18'");
            }
            assertFalse(SchemaCurrency.isCurrent(url, "postgres"), "one migration missing");
        } finally {
            try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", null);
                 Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
