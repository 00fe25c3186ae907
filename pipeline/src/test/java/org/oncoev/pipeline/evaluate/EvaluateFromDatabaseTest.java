package org.oncoev.pipeline.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.cli.OncoevCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code evaluate} without {@code --corpus}: scores the latest run stored in a fresh PostgreSQL database. */
class EvaluateFromDatabaseTest {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432";
    private static final String DB = "oncoev_test_eval_" + Long.toHexString(System.nanoTime());

    @BeforeAll
    static void createDatabase() {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DB);
        } catch (SQLException e) {
            Assumptions.abort("no PostgreSQL at " + SERVER + ": " + e.getMessage());
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
        }
    }

    private static Connection admin() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(SERVER + "/postgres", p);
    }

    private static String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            assertEquals(0, OncoevCommand.commandLine().execute(args), "exit code");
        } finally {
            System.setOut(saved);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scoresLatestRunAgainstGold(@TempDir Path dir) throws Exception {
        String url = SERVER + "/" + DB + "?user=postgres";
        Path home = Files.createDirectories(dir.resolve("home"));
        run("status", "--db-url", url, "--home", home.toString());
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO documents (id, source_path, file_name, sha256, format, char_count, byte_count)"
                    + " VALUES (1, '/c/paper1.txt', 'paper1.txt', repeat('a', 64), 'text', 100, 100)");
            s.execute("INSERT INTO extraction_runs (id, document_id, extractor_signature) VALUES (1, 1, 'old'), (2, 1, 'new')");
            String common = "document_id, extraction_run_id, passage_ordinal, char_start, char_end, passage_start,"
                    + " passage_end, raw_text, confidence, extractor, extractor_version";
            // the older run's p-value must be ignored; the latest run has the same value twice and one HR
            s.execute("INSERT INTO p_values (" + common + ", p_value_modifier, p_value, p_value_raw) VALUES"
                    + " (1, 1, 0, 0, 5, 0, 5, 'P=.9', 0.9, 'p-value', '1', '=', 0.9, 'P=.9'),"
                    + " (1, 2, 0, 0, 5, 0, 5, 'P<.001', 0.9, 'p-value', '1', '<', 0.001, 'P<.001'),"
                    + " (1, 2, 4, 0, 5, 0, 5, 'P<.001', 0.9, 'p-value', '1', '<', 0.001, 'P<.001')");
            s.execute("INSERT INTO hazard_ratios (" + common + ", hazard_ratio, ci_low, ci_high) VALUES"
                    + " (1, 2, 2, 0, 5, 0, 5, 'HR 0.7', 0.9, 'hazard-ratio', '1', 0.7, 0.5, 0.9)");
        }
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("paper1.json"), "{\"document\":\"paper1.txt\",\"p_values\":[{\"relation\":\"<\","
                + "\"value\":0.001,\"mentions\":3,\"source\":\"text\"}],\"hazard_ratios\":[{\"value\":0.7,\"ci\":[0.5,0.9]}],"
                + "\"cohorts\":[{\"size\":50}]}");
        JsonNode json = JsonMapper.builder().build().readTree(
                run("evaluate", "--db-url", url, "--home", home.toString(), "--gold", gold.toString(), "--json"));
        assertEquals(1, json.get("types").get("p_values").get("tp").asInt());
        assertEquals(0, json.get("types").get("p_values").get("fp").asInt());
        assertEquals(1, json.get("types").get("hazard_ratios").get("tp").asInt());
        assertEquals(1, json.get("types").get("cohorts").get("fn").asInt());
        assertEquals(2.0 / 3.0, json.get("p_value_mention_recall").asDouble(), 1e-9);
    }
}
