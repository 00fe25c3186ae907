package org.oncoev.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tiny {@code bench --json} run against the PostgreSQL at 127.0.0.1:5432 (a throwaway database; skipped when
 * the server is not reachable): checks the JSON shape and that every figure is a finite, non-negative number.
 * No timing is asserted.
 */
class BenchSmokeTest {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";

    @Test
    void tinyBenchPrintsEveryFigure(@TempDir Path dir) throws Exception {
        try (Connection ignored = DriverManager.getConnection(SERVER, "postgres", "")) {
            // reachable
        } catch (java.sql.SQLException e) {
            Assumptions.abort("PostgreSQL not reachable: " + e.getMessage());
        }
        PrintStream originalOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new BenchCommand()).execute("--json", "--in-process", "--docs", "3",
                    "--passages", "2000", "--queries", "20", "--db-url", SERVER,
                    "--text", RealFolders.texts(dir.resolve("text")).toString(),
                    "--jats", Files.createDirectories(dir.resolve("jats-empty")).toString(),
                    "--pdf", RealFolders.pdfs(dir.resolve("pdf")).toString());
        } finally {
            System.setOut(originalOut);
        }
        assertEquals(0, exit);
        String out = captured.toString(StandardCharsets.UTF_8);
        String json = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
        JsonNode root = JsonMapper.builder().build().readTree(json);

        for (String path : List.of("/text/e2e_mb_s", "/text/lucene_only_mb_s", "/text/ratio", "/pdf/e2e_pages_s",
                "/pdf/pdfbox_only_pages_s", "/pdf/ratio", "/extract_mb_s", "/heap_peak_mb", "/query/p50_ms",
                "/query/p99_ms", "/stages/text/extract/share", "/stages/pdf/read_pdfbox/seconds", "/bound/read_alone_cpu_seconds",
                "/bound/store_alone_seconds", "/bound/text_ratio", "/bound/e2e_of_bound", "/stages/text/cpu_seconds/jvm_jit")) {
            JsonNode n = root.at(path);
            assertTrue(n.isNumber(), path + " is a number in " + json);
            assertTrue(Double.isFinite(n.asDouble()) && n.asDouble() >= 0, path + " = " + n);
        }
        assertEquals(2000, root.at("/query/passages").asLong());
        JsonNode targets = root.at("/targets");
        assertEquals(BenchTargets.of(java.util.Map.of()).size(), targets.size(), "every target listed: " + targets);
        assertTrue(targets.get(0).get("met").isBoolean(), "the real text target is judged: " + targets.get(0));
        // the real-corpus part, on the two text papers and the one PDF written above
        for (String path : List.of("/real/text/e2e_mb_s", "/real/text/papers_s_per_core", "/real/text/ratio",
                "/real/text/extract_mb_s", "/real/text/lucene_only_mb_s", "/real/text/store_alone_seconds",
                "/real/text/e2e_of_bound", "/real/text/gap/idle_core_seconds", "/real/text/gap/wall_from_stage_work",
                "/real/text/cpu_seconds/jvm", "/real/pdf/e2e_pages_s", "/real/pdf/pdfbox_only_pages_s", "/real/pdf/ratio",
                "/real/pdf/pages_s_per_core")) {
            JsonNode n = root.at(path);
            // >= 0, not > 0: two tiny papers on a loaded machine can round to 0.000 MB/s
            assertTrue(n.isNumber() && Double.isFinite(n.asDouble()) && n.asDouble() >= 0, path + " = " + n + " in " + json);
        }
        assertEquals(2, root.at("/real/text/files").asInt());
        assertEquals(1, root.at("/real/pdf/files").asInt());
        assertEquals(RealFolders.PDF_PAGES, root.at("/real/pdf/pages").asInt());
        assertTrue(root.at("/real/jats/skipped").asString().startsWith("no papers in"), "an empty folder is skipped with a note");
        if (PdftotextTiming.find() != null) {
            assertTrue(root.at("/real/pdf/pdftotext_pages_s").asDouble() > 0, "pdftotext timed when installed");
        } else {
            assertTrue(root.at("/real/pdf/pdftotext").isString(), "a note when pdftotext is absent");
        }
        assertTrue(root.at("/bound/text_ratio").asDouble() <= 1, "Lucene alone is the fastest the text path can be");
        assertEquals(3, root.at("/text/files").asInt());
        assertTrue(root.at("/pdf/pages").asLong() >= 1, "the rendered PDF has pages");
        double shares = 0;
        for (String stage : List.of("read_pdfbox", "read_normalise", "extract", "db_write", "index_db_reload",
                "index_lucene", "hash_lookup", "batch_other")) {
            shares += root.at("/stages/text/" + stage + "/share").asDouble();
        }
        assertTrue(root.at("/stages/text/samples").asLong() == 0 || Math.abs(shares - 1) < 0.01, "shares sum to 1");
        // the stages come from the sampled twin run, which ingested the same three papers under other hashes
        assertTrue(root.at("/stages/text/seconds").asDouble() > 0, "the sampled run's wall time");
        assertTrue(root.at("/bound/gap/wall_seconds").isNumber(), "the generated run's gap to the bound: " + root.at("/bound"));
    }
}
