package org.oncoev.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.Relation;

/** Applies the Flyway migrations to a fresh database on 127.0.0.1:5432 and stores one finding of each type. */
class EvidenceWriterTest {
    private static final String SERVER = System.getProperty("oncoev.test.pg", "jdbc:postgresql://127.0.0.1:5432");
    private static String dbName;
    private static String url;

    @BeforeAll
    static void migrate() {
        dbName = "oncoev_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER + "/postgres?user=postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + dbName);
        } catch (SQLException e) {
            Assumptions.abort("no PostgreSQL at " + SERVER + ": " + e.getMessage());
        }
        url = SERVER + "/" + dbName + "?user=postgres";
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void drop() throws SQLException {
        if (dbName == null) return;
        try (Connection c = DriverManager.getConnection(SERVER + "/postgres?user=postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)");
        }
    }

    static Stream<Arguments> findings() {
        return Stream.of(
                Arguments.of(new Fact.Cohort(96), "cohorts", "size", "96", "n = 96"),
                Arguments.of(new Fact.Survival("OS", "median", 15.3, null, "months", null, 12.0, 18.6),
                        "survival_outcomes", "ci_high", "18.6", "median OS was 15.3 months (95% CI, 12.0-18.6)"),
                Arguments.of(new Fact.PValue(Relation.LT, 0.001, true), "p_values", "p_value_modifier", "<", "P < .001"),
                Arguments.of(new Fact.HazardRatio(0.62, 0.45, 0.86, Relation.EQ, 0.003, false), "hazard_ratios",
                        "p_value", "0.003", "HR = 0.62, 95% CI: 0.45-0.86, P = .003"),
                Arguments.of(new Fact.Dose("oxaliplatin", 85, null, "mg/m2", "IV", "day 1 every 2 weeks", "FOLFOX4"),
                        "doses", "agent", "oxaliplatin", "oxaliplatin 85 mg/m2 IV on day 1"));
    }

    @ParameterizedTest
    @MethodSource("findings")
    void storesEachTypeWithProvenanceAndShowsItInTheLatestView(Fact fact, String table, String column,
                                                               String expected, String raw) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            long doc = document(c, table);
            long passage = scalar(c, "INSERT INTO passages (document_id, ordinal, kind, text, char_start, char_end) "
                    + "VALUES (" + doc + ", 0, 'body', 'x', 100, 180) RETURNING id");
            long run = scalar(c, "INSERT INTO extraction_runs (document_id, extractor_signature) VALUES (" + doc
                    + ", 'test@1') RETURNING id");
            Finding f = new Finding(fact, raw, 0, 3, 3 + raw.length(), 103, 103 + raw.length(), 0.9, "test", "1",
                    "ATRA plus FOLFOX4", false, null);
            new EvidenceWriter(c).write(doc, run, Map.of(0, passage), List.of(f));
            assertEquals(expected, string(c, "SELECT " + column + "::text FROM latest_" + table + " WHERE document_id = " + doc)
                    .replaceAll("\\.0$", ""));
            assertEquals(raw, string(c, "SELECT raw_text FROM " + table + " WHERE document_id = " + doc));
            assertEquals("103", string(c, "SELECT char_start::text FROM " + table + " WHERE document_id = " + doc));
            assertEquals(String.valueOf(passage), string(c, "SELECT passage_id::text FROM " + table + " WHERE document_id = " + doc));
            assertEquals("ATRA plus FOLFOX4", string(c, "SELECT a.label FROM " + table + " t JOIN arms a ON a.id = t.arm_id "
                    + "WHERE t.document_id = " + doc));
        }
    }

    @Test
    void rejectedFindingsKeepTheReasonAndTheFactAsJson() throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            long doc = document(c, "rejected");
            long run = scalar(c, "INSERT INTO extraction_runs (document_id, extractor_signature) VALUES (" + doc
                    + ", 'test@1') RETURNING id");
            Finding f = new Finding(new Fact.Survival("OS", "rate", 112.0, null, "%", 12.0, null, null), "112.0%", 0, 0, 6,
                    10, 16, 0.5, "survival", "1", null, false, null).rejected("rate over 100%");
            new EvidenceWriter(c).write(doc, run, Map.of(), List.of(f));
            assertEquals("rate over 100%", string(c, "SELECT reason FROM latest_rejected_findings WHERE document_id = " + doc));
            assertEquals("112.0", string(c, "SELECT fact->>'value' FROM rejected_findings WHERE document_id = " + doc));
            assertEquals("0", string(c, "SELECT count(*)::text FROM survival_outcomes WHERE document_id = " + doc));
        }
    }

    @Test
    void supersededDocumentsLeaveTheLatestViews() throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            long doc = document(c, "old");
            long run = scalar(c, "INSERT INTO extraction_runs (document_id, extractor_signature) VALUES (" + doc + ", 't@1') RETURNING id");
            new EvidenceWriter(c).write(doc, run, Map.of(), List.of(new Finding(new Fact.Cohort(40), "40 patients", 0, 0, 11,
                    0, 11, 0.9, "cohort", "1", null, false, null)));
            assertEquals("1", string(c, "SELECT count(*)::text FROM latest_cohorts WHERE document_id = " + doc));
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE documents SET current = FALSE WHERE id = " + doc);
            }
            assertEquals("0", string(c, "SELECT count(*)::text FROM latest_cohorts WHERE document_id = " + doc));
            assertTrue(string(c, "SELECT count(*)::text FROM cohorts WHERE document_id = " + doc).equals("1"));
        }
    }

    private static long document(Connection c, String tag) throws SQLException {
        String sha = String.format("%064x", Math.abs((long) (tag + UUID.randomUUID()).hashCode()));
        return scalar(c, "INSERT INTO documents (source_path, file_name, sha256, format, char_count, byte_count) VALUES ('/p/"
                + tag + UUID.randomUUID() + "', 'f.md', '" + sha + "', 'markdown', 10, 10) RETURNING id");
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        return Long.parseLong(string(c, sql));
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
