package org.oncoev.pipeline.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentReaders;
import org.oncoev.corpus.ExclusionReason;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.ingest.CliRun;

/**
 * The characters a paper excludes from evidence, per reason, end to end: {@code ingest} stores what the reader
 * recorded in {@code document_exclusions} (real PostgreSQL), {@code status} shows the run's totals and the documents
 * with the most excluded text, and {@code evaluate --corpus} prints the totals per reason. Papers written for this test.
 */
class ExclusionsEndToEndTest {
    private static final String WITH_BACK_MATTER = """
            Oral capecitabine after surgery for an imaginary tumour: a randomised trial

            Department of Surgical Oncology, Hillside University Hospital, Northtown, Nowhere

            Results

            Median overall survival was 41.2 months versus 33.0 months (HR 0.71, 95% CI 0.52-0.97; P = 0.03).

            Funding

            This trial received support from an imaginary foundation for cancer research (award 00-000).

            Competing interests

            The authors declare no competing interests.

            Copyright 2023 The Authors. Distributed under a CC BY licence.

            References

            1. Novak P, Lind K. Capecitabine after surgery. Imag J Oncol. 2019;12:101-109.
            2. Ortega R, et al. Follow-up schedules after resection. Imag Surg. 2020;4:55-61.
            """;
    private static final String CLEAN = """
            Reported results

            Between 2017 and 2021, 120 patients were enrolled at three centres. Median age was 64 years.

            The median progression-free survival was 7.9 months (95% CI 6.1-9.8; P = 0.02).
            """;

    @TempDir
    Path corpus;
    @TempDir
    Path home;

    @Test
    void excludedCharactersLandInPostgresAndReports() throws Exception {
        Files.writeString(corpus.resolve("backmatter.txt"), WITH_BACK_MATTER);
        Files.writeString(corpus.resolve("clean.txt"), CLEAN);
        Document read = DocumentReaders.forFile("backmatter.txt").orElseThrow()
                .read("backmatter.txt", Files.readAllBytes(corpus.resolve("backmatter.txt")));
        Map<String, Integer> expected = new TreeMap<>();
        read.exclusions().charsByReason().forEach((r, c) -> expected.put(r.dbName(), c));
        for (ExclusionReason r : new ExclusionReason[] {ExclusionReason.AFFILIATIONS, ExclusionReason.FUNDING,
                ExclusionReason.LICENCE, ExclusionReason.REFERENCES})
            assertTrue(expected.getOrDefault(r.dbName(), 0) > 0, r + " in " + expected);

        try (TestDatabase db = TestDatabase.create()) {
            CliRun ingest = CliRun.of("ingest", "--db-url", db.url(), "--home", home.toString(), corpus.toString());
            assertEquals(0, ingest.code(), ingest.err());
            Map<String, Integer> stored = new TreeMap<>();
            int cleanRows = -1;
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT x.reason, x.chars FROM document_exclusions x "
                        + "JOIN documents d ON d.id = x.document_id WHERE d.file_name = 'backmatter.txt'")) {
                    while (rs.next()) stored.put(rs.getString(1), rs.getInt(2));
                }
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM document_exclusions x "
                        + "JOIN documents d ON d.id = x.document_id WHERE d.file_name = 'clean.txt'")) {
                    rs.next();
                    cleanRows = rs.getInt(1);
                }
            }
            assertEquals(expected, stored);
            assertEquals(0, cleanRows, "the paper that starts with an unrecognised line excludes nothing");

            CliRun status = CliRun.of("status", "--db-url", db.url(), "--home", home.toString());
            assertEquals(0, status.code(), status.err());
            int total = expected.values().stream().mapToInt(Integer::intValue).sum();
            String out = status.out();
            assertTrue(out.contains(String.format("excluded from evidence: %,d chars in 1 of 2 documents (", total)), out);
            assertTrue(out.contains("documents with the most text excluded from evidence:"), out);
            assertTrue(out.lines().anyMatch(l -> l.contains("backmatter.txt") && l.contains(String.format("%,d chars", total))
                    && l.contains("references " + String.format("%,d", expected.get("references")))), out);
        }

        Path gold = Files.createDirectories(home.resolve("gold"));
        Files.writeString(gold.resolve("backmatter.json"), "{\"document\":\"backmatter.txt\",\"hazard_ratios\":[{\"value\":0.71,\"ci\":[0.52,0.97]}]}");
        Files.writeString(gold.resolve("clean.json"), "{\"document\":\"clean.txt\"}");
        CliRun evaluate = CliRun.of("evaluate", "--gold", gold.toString(), "--corpus", corpus.toString());
        assertEquals(0, evaluate.code(), evaluate.err());
        assertTrue(evaluate.out().contains(String.format("excluded from evidence (all, 2 documents): %,d chars (",
                expected.values().stream().mapToInt(Integer::intValue).sum())), evaluate.out());
        assertTrue(evaluate.out().contains("funding " + String.format("%,d", expected.get("funding"))), evaluate.out());
    }
}
