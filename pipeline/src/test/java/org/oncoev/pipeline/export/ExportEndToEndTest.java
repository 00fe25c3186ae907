package org.oncoev.pipeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Ingests a small corpus into a fresh database, exports json/jsonl/csv and scores the json with evaluate. */
class ExportEndToEndTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String GOLD_TRIAL = """
            {"document": "001_trial.txt",
             "cohorts": [{"size": 120, "arm": null}],
             "survival": [{"endpoint": "OS", "measure": "median", "value": 13.2, "unit": "months", "arm": "capecitabine"},
                          {"endpoint": "OS", "measure": "median", "value": 9.8, "unit": "months", "arm": "observation"},
                          {"endpoint": "OS", "measure": "rate", "time_months": 12, "value": 54.1, "unit": "%"}],
             "p_values": [{"relation": "=", "value": 0.012, "mentions": 1, "source": "text"},
                          {"relation": "<", "value": 0.001, "mentions": 1, "source": "text"}],
             "hazard_ratios": [{"value": 0.64, "ci": [0.45, 0.91]}],
             "doses": [{"agent": "capecitabine", "amount": 1000, "unit": "mg/m2"}]}
            """;
    private static final String GOLD_RETRO = """
            {"document": "002_cohort.txt",
             "cohorts": [{"size": 85, "arm": null}],
             "survival": [{"endpoint": "OS", "measure": "median", "value": 7.5, "unit": "months"},
                          {"endpoint": "PFS", "measure": "median", "value": 4.0, "unit": "months"}],
             "p_values": [{"relation": "=", "value": 0.41, "mentions": 1, "source": "text"}],
             "doses": [{"agent": "radiotherapy", "amount": 30, "unit": "Gy"}]}
            """;

    @Test
    void exportsLatestRunInEveryFormat(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            String[] g = {"--db-url", db.url(), "--home", dir.resolve("home").toString()};
            SmallCorpus.run(concat(new String[] {"ingest", SmallCorpus.write(dir.resolve("corpus")).toString()}, g));
            int facts;
            int rejected;
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT sum(findings), sum(rejected) FROM latest_extraction_runs")) {
                rs.next();
                facts = rs.getInt(1);
                rejected = rs.getInt(2);
            }
            assertTrue(facts >= 10, "facts stored: " + facts);
            assertEquals(1, rejected, "the 183% rate is rejected");

            Path json = dir.resolve("json");
            SmallCorpus.run(concat(new String[] {"export", "--format", "json", "--out", json.toString()}, g));
            assertEquals(List.of("001_trial.json", "002_cohort.json"), names(json));
            JsonNode trial = JSON.readTree(Files.readString(json.resolve("001_trial.json")));
            List<String> fields = new ArrayList<>();
            trial.propertyNames().forEach(fields::add);
            assertEquals(List.of("document", "paper", "cohorts", "survival", "p_values", "hazard_ratios", "doses"), fields);
            assertEquals("001_trial.txt", trial.get("document").asString());
            List<String> paperKeys = new ArrayList<>();
            trial.get("paper").propertyNames().forEach(paperKeys::add);
            assertEquals(List.of("title", "journal", "year", "doi", "pmid"), paperKeys);
            assertEquals(0.45, trial.get("hazard_ratios").get(0).get("ci").get(0).asDouble(), 1e-9);
            assertEquals("mg/m2", trial.get("doses").get(0).get("unit").asString());

            Path gold = Files.createDirectories(dir.resolve("gold"));
            Files.writeString(gold.resolve("001_trial.json"), GOLD_TRIAL);
            Files.writeString(gold.resolve("002_cohort.json"), GOLD_RETRO);
            JsonNode score = JSON.readTree(SmallCorpus.run("evaluate", "--gold", gold.toString(),
                    "--predicted", json.toString(), "--json"));
            JsonNode types = score.get("types");
            assertEquals(2, types.get("cohorts").get("tp").asInt());
            assertEquals(4, types.get("survival").get("tp").asInt());
            assertEquals(1, types.get("survival").get("fn").asInt(), "the PFS median is in gold only");
            assertEquals(3, types.get("p_values").get("tp").asInt());
            assertEquals(1, types.get("hazard_ratios").get("tp").asInt());
            assertEquals(2, types.get("doses").get("tp").asInt());
            assertEquals(12.0 / 13.0, score.get("micro").get("recall").asDouble(), 1e-9);

            Path lines = dir.resolve("lines");
            SmallCorpus.run(concat(new String[] {"export", "--format", "jsonl", "--out", lines.toString()}, g));
            List<String> jsonl = Files.readAllLines(lines.resolve("facts.jsonl"));
            assertEquals(facts, jsonl.size());
            JsonNode first = JSON.readTree(jsonl.get(0));
            for (String col : FactLines.COLUMNS) assertTrue(first.has(col), "jsonl column " + col);
            assertEquals("001_trial.txt", first.get("document").asString());
            String source = Files.readString(dir.resolve("corpus/001_trial.txt"));
            for (String line : jsonl) {
                JsonNode o = JSON.readTree(line);
                if (!o.get("document").asString().equals("001_trial.txt")) continue;
                String slice = source.substring(o.get("char_start").asInt(), o.get("char_end").asInt());
                assertEquals(o.get("raw").asString(), slice.replaceAll("\\s+", " "), "source offsets of " + line);
            }

            SmallCorpus.run(concat(new String[] {"export", "--format", "csv", "--out", lines.toString()}, g));
            String csv = Files.readString(lines.resolve("facts.csv"));
            assertEquals(facts + 1, csv.split("\r\n", -1).length - 1, "header + one record per fact");
            assertTrue(csv.startsWith(String.join(",", FlatFacts.COLUMNS) + "\r\n"));

            SmallCorpus.run(concat(new String[] {"export", "--format", "csv", "--include-rejected", "--out",
                    lines.toString()}, g));
            String withRejected = Files.readString(lines.resolve("facts.csv"));
            assertEquals(facts + rejected + 1, withRejected.split("\r\n", -1).length - 1);
            assertTrue(withRejected.contains(",rejected,"), withRejected);
        }
    }

    private static List<String> names(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
