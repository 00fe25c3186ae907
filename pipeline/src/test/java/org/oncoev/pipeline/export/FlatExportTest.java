package org.oncoev.pipeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.TestDatabase;

/**
 * {@code export --format csv} and {@code --format metafor} on the small corpus, read back with Apache Commons CSV
 * the way R's {@code read.csv} or pandas read them: header names, every column of one fact of each type, source
 * offsets against the file, and the metafor effect size of the one hazard ratio of treatments; the hazard ratios of
 * a multivariable model's covariates (a third paper, written for this test) are left out of {@code hr.csv} unless
 * {@code --with-covariates} asks for them, and are then marked in its {@code covariate} column.
 */
class FlatExportTest {
    /** A prognostic-factor paper: its hazard ratios compare ages and performance status, not treatments. */
    static final String PROGNOSTIC = """
            Prognostic factors after second-line chemotherapy for advanced pancreatic carcinoma

            Results

            In multivariable analysis, older age (HR 1.42, 95% CI 1.10-1.83; P = 0.007) and ECOG performance status 2             (HR 2.05; 95% CI 1.31-3.21) were associated with shorter overall survival.
            """;

    @Test
    void csvAndMetaforReadBackColumnByColumn(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            String[] g = {"--db-url", db.url(), "--home", dir.resolve("home").toString()};
            Path corpus = SmallCorpus.write(dir.resolve("corpus"));
            Files.writeString(corpus.resolve("003_factors.txt"), PROGNOSTIC);
            SmallCorpus.run(ExportEndToEndTest.concat(new String[] {"ingest", corpus.toString()}, g));
            int facts;
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("UPDATE documents SET doi = '10.1000/xyz.123', pmid = '31415926', year = 2019 "
                        + "WHERE file_name = '001_trial.txt'");
                s.execute("UPDATE documents SET year = 2015 WHERE file_name <> '001_trial.txt'");  // a year alone
                try (ResultSet rs = s.executeQuery("SELECT sum(findings) FROM latest_extraction_runs")) {
                    rs.next();
                    facts = rs.getInt(1);
                }
            }
            Path out = dir.resolve("out");
            SmallCorpus.run(ExportEndToEndTest.concat(new String[] {"export", "--format", "csv", "--out", out.toString()}, g));
            List<CSVRecord> rows = read(out.resolve("facts.csv"));
            assertEquals(facts, rows.size(), "one record per fact");
            String trialText = Files.readString(corpus.resolve("001_trial.txt"));
            for (CSVRecord r : rows) {
                assertEquals(FlatFacts.COLUMNS.size(), r.size(), "cells in " + r);
                assertTrue(List.of("cohort", "survival", "p_value", "hazard_ratio", "dose").contains(r.get("type")), r.get("type"));
                assertTrue(r.get("passage_id").matches("\\d+"), "passage id " + r);
                assertFalse(r.get("extractor").isEmpty());
                assertFalse(r.get("version").isEmpty());
                assertTrue(List.of("true", "false").contains(r.get("cited")));
                if (r.get("document").equals("001_trial.txt")) {
                    String slice = trialText.substring(Integer.parseInt(r.get("char_start")), Integer.parseInt(r.get("char_end")));
                    assertEquals(r.get("quote"), slice.replaceAll("\\s+", " "), "quote is the file's text");
                    assertEquals(List.of("10.1000/xyz.123", "31415926", "2019"), List.of(r.get("doi"), r.get("pmid"), r.get("year")));
                } else {
                    assertEquals(List.of("", "", "2015"), List.of(r.get("doi"), r.get("pmid"), r.get("year")), "year without ids");
                }
            }

            Map<String, String> median = only(rows, "survival", "value", "13.2");
            expect(median, "document=001_trial.txt", "endpoint=OS", "measure=median", "value_max=", "unit=months",
                    "ci_low=11", "ci_high=15.4", "time_months=", "relation=", "p_value=", "agent=", "amount=",
                    "route=", "schedule=", "arm=capecitabine", "cited=false");
            Map<String, String> rate = only(rows, "survival", "value", "54.1");
            expect(rate, "endpoint=OS", "measure=rate", "unit=%", "time_months=12", "ci_low=", "ci_high=");
            Map<String, String> hr = only(rows, "hazard_ratio", "value", "0.64");
            expect(hr, "ci_low=0.45", "ci_high=0.91", "relation==", "p_value=0.012", "measure=", "endpoint=", "unit=", "agent=",
                    "amount=", "time_months=");
            Map<String, String> p = only(rows, "p_value", "p_value", "0.001");
            expect(p, "relation=<", "value=", "ci_low=", "agent=");
            Map<String, String> dose = only(rows, "dose", "agent", "capecitabine");
            expect(dose, "amount=1000", "unit=mg/m2", "route=oral", "value=", "value_max=", "endpoint=", "arm=capecitabine");
            assertFalse(dose.get("schedule").isEmpty(), "schedule of " + dose);
            Map<String, String> cohort = only(rows, "cohort", "value", "120");
            expect(cohort, "document=001_trial.txt", "unit=", "endpoint=", "measure=", "agent=");
            Map<String, String> retro = only(rows, "dose", "amount", "30");
            expect(retro, "document=002_cohort.txt", "agent=radiotherapy", "unit=Gy", "route=");

            SmallCorpus.run(ExportEndToEndTest.concat(new String[] {"export", "--format", "metafor", "--out", out.toString()}, g));
            List<CSVRecord> hrs = read(out.resolve("hr.csv"));
            assertEquals(MetaforRows.COLUMNS, hrs.get(0).getParser().getHeaderNames());
            assertEquals(1, hrs.size(), "the one hazard ratio with a CI");
            CSVRecord m = hrs.get(0);
            assertEquals("001_trial.txt", m.get("paper"));
            assertEquals("2019", m.get("year"));
            assertEquals(0.64, Double.parseDouble(m.get("hr")), 1e-12);
            assertEquals(Math.log(0.64), Double.parseDouble(m.get("yi")), 1e-12);
            assertEquals((Math.log(0.91) - Math.log(0.45)) / (2 * 1.959964), Double.parseDouble(m.get("sei")), 1e-12);
            assertEquals(hr.get("arm"), m.get("arm"));
            assertEquals(hr.get("passage_id"), m.get("passage_id"));
            assertEquals("false", m.get("covariate"));

            SmallCorpus.run(ExportEndToEndTest.concat(new String[] {"export", "--format", "metafor", "--with-covariates",
                    "--out", out.toString()}, g));
            List<CSVRecord> all = read(out.resolve("hr.csv"));
            assertEquals(List.of("001_trial.txt 0.64 false", "003_factors.txt 1.42 true", "003_factors.txt 2.05 true"),
                    all.stream().map(r -> r.get("paper") + " " + r.get("hr") + " " + r.get("covariate")).toList());
        }
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(r, format)) {
            if (file.getFileName().toString().equals("facts.csv")) assertEquals(FlatFacts.COLUMNS, parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    /** The one record of {@code type} whose {@code column} reads {@code value}, as a map. */
    private static Map<String, String> only(List<CSVRecord> rows, String type, String column, String value) {
        List<CSVRecord> found = rows.stream().filter(r -> r.get("type").equals(type) && r.get(column).equals(value)).toList();
        assertEquals(1, found.size(), type + " with " + column + "=" + value + " in "
                + rows.stream().map(CSVRecord::toMap).map(Object::toString).collect(Collectors.joining("\n")));
        return found.get(0).toMap();
    }

    private static void expect(Map<String, String> row, String... pairs) {
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            assertEquals(pair.substring(eq + 1), row.get(pair.substring(0, eq)), pair.substring(0, eq) + " of " + row);
        }
    }
}
