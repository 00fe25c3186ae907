package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.TestDatabase;

/**
 * A folder of hostile entries (links, a loop, a FIFO, copies, files built to stall readers) ingested end to end:
 * every entry ends as a document or an ingest issue, nothing stalls, and a rerun adds nothing.
 */
class HostileFolderIngestTest {
    static final String PAPER = """
            Maintenance chemotherapy after induction in advanced gastric cancer

            Results
            Ninety-four patients were randomized. Median PFS was 6.3 months (95% CI, 5.1-7.4) with maintenance (P = .02).
            """;

    @TempDir
    Path corpus;
    @TempDir
    Path home;
    TestDatabase db;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
    }

    @AfterEach
    void tearDown() throws Exception {
        System.clearProperty("oncoev.ingest.file-time-limit");
        System.clearProperty("oncoev.ingest.max-findings");
        if (db != null) db.close();
    }

    @Test
    void everyEntryIsADocumentOrAnIssueAndARerunAddsNothing() throws Exception {
        Files.writeString(corpus.resolve("paper.md"), PAPER);
        Files.writeString(corpus.resolve("copy-of-paper.md"), PAPER);
        Files.createSymbolicLink(corpus.resolve("link-to-paper.md"), corpus.resolve("paper.md"));
        Files.createSymbolicLink(corpus.resolve("dangling.txt"), corpus.resolve("nowhere.txt"));
        Files.createDirectories(corpus.resolve("sub"));
        Files.createSymbolicLink(corpus.resolve("sub/loop"), corpus);
        assertEquals(0, new ProcessBuilder("mkfifo", corpus.resolve("pipe.txt").toString()).start().waitFor());
        Files.writeString(corpus.resolve("dots.txt"), "0.0.0.".repeat(60_000));
        Files.write(corpus.resolve("far-right.pdf"), farRightPdf());
        Files.write(corpus.resolve("many-moves.pdf"), rawPdf(moves(60_000)));

        long t0 = System.nanoTime();
        CliRun first = ingest();
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, first.code(), first.err());
        assertTrue(seconds < 120, "took " + seconds + " s");

        Map<String, String> issues = issues();
        assertEquals("dangling symbolic link to " + corpus.resolve("nowhere.txt"), issues.get("dangling.txt"));
        assertEquals("not a regular file (a FIFO, socket or device)", issues.get("pipe.txt"));
        assertTrue(issues.get("sub/loop").startsWith("symbolic link loop"), issues.toString());
        Map<String, String> paths = paths();
        assertEquals("", paths.get("paper.md"));
        assertEquals("", paths.get("copy-of-paper.md"), "a copy's path is recorded with the stored document");
        assertEquals(corpus.resolve("paper.md").toRealPath().toString(), paths.get("link-to-paper.md"));
        List<String> accounted = new ArrayList<>(paths.keySet());
        accounted.addAll(issues.keySet());
        for (String entry : List.of("paper.md", "copy-of-paper.md", "link-to-paper.md", "dangling.txt", "sub/loop",
                "pipe.txt", "dots.txt", "far-right.pdf", "many-moves.pdf"))
            assertTrue(accounted.contains(entry), entry + " is neither a document nor an issue: " + accounted);

        Map<String, Long> before = counts();
        CliRun second = ingest();
        assertEquals(0, second.code(), second.err());
        assertEquals(before, counts(), "a rerun adds nothing");

        Files.delete(corpus.resolve("copy-of-paper.md"));
        Files.delete(corpus.resolve("link-to-paper.md"));
        CliRun third = ingest();
        assertEquals(0, third.code(), third.err());
        assertEquals(List.of("paper.md"), paths().keySet().stream().filter(p -> p.contains("paper")).toList(),
                "paths without a file are forgotten");
    }

    @Test
    void aFileOverItsTimeBudgetIsAnIssueAndTheRunGoesOn() throws Exception {
        Files.writeString(corpus.resolve("paper.md"), PAPER);
        System.setProperty("oncoev.ingest.file-time-limit", "1ns");
        CliRun run = ingest();
        assertEquals(0, run.code(), run.err());
        assertEquals(Map.of("paper.md", "timed out after 1 s in splitting blocks"), issues());
        assertEquals(0L, counts().get("documents"));
    }

    @Test
    void aDocumentOverTheFindingsCapKeepsItsFirstFindingsAndAnIssue() throws Exception {
        StringBuilder sb = new StringBuilder("Results\n\n");
        for (int i = 0; i < 120; i++) sb.append("Subgroup ").append(i).append(" differed (P = 0.0").append(i % 9 + 1).append("). ");
        Files.writeString(corpus.resolve("many.txt"), sb.append('\n').toString());
        System.setProperty("oncoev.ingest.max-findings", "40");
        CliRun run = ingest();
        assertEquals(0, run.code(), run.err());
        String reason = issues().get("many.txt");
        assertTrue(reason != null && reason.matches("\\d+ findings, over the cap of 40 per document "
                + "\\(oncoev.ingest.max-findings\\): the first 40 are stored"), String.valueOf(reason));
        assertEquals(40L, counts().get("p_values"));
        assertEquals(1L, counts().get("documents"));
    }

    private CliRun ingest() {
        return CliRun.of("ingest", "--db-url", db.url(), "--home", home.toString(), corpus.toString());
    }

    private Map<String, String> issues() throws Exception {
        return rows("SELECT source_path, reason FROM ingest_issues");
    }

    /** document_paths by path relative to the folder: the link target, or "" for none. */
    private Map<String, String> paths() throws Exception {
        return rows("SELECT source_path, coalesce(link_target, '') FROM document_paths");
    }

    private Map<String, String> rows(String sql) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) m.put(corpus.relativize(Path.of(rs.getString(1))).toString(), rs.getString(2));
        }
        return m;
    }

    private Map<String, Long> counts() throws Exception {
        Map<String, Long> m = new TreeMap<>();
        for (String t : List.of("documents", "passages", "ingest_issues", "document_paths", "p_values", "extraction_runs"))
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                rs.next();
                m.put(t, rs.getLong(1));
            }
        return m;
    }

    /** Text lines of which every second one is drawn 40,000,000 units to the right. */
    static byte[] farRightPdf() throws IOException {
        StringBuilder sb = new StringBuilder("BT /F1 10 Tf\n");
        for (int i = 0; i < 8; i++)
            sb.append("1 0 0 1 72 ").append(700 - 12 * i).append(" Tm (Volunteers were followed for relapse) Tj\n")
              .append("1 0 0 1 40000000 ").append(700 - 12 * i).append(" Tm (over four seasons) Tj\n");
        return rawPdf(sb.append("ET\n").toString());
    }

    static String moves(int n) {
        StringBuilder sb = new StringBuilder("BT /F1 10 Tf 72 700 Td\n");
        for (int i = 0; i < n; i++) sb.append("(ab) Tj 0.01 -0.5 Td\n");
        return sb.append("ET\n").toString();
    }

    /** A one-page PDF whose content stream is {@code content} (font F1 = Times-Roman). */
    static byte[] rawPdf(String content) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            PDResources res = new PDResources();
            res.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN));
            page.setResources(res);
            PDStream stream = new PDStream(doc);
            try (OutputStream os = stream.createOutputStream()) {
                os.write(content.getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(stream);
            doc.addPage(page);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
