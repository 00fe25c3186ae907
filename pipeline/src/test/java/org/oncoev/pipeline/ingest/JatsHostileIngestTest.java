package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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

/**
 * A folder of hostile JATS (billion laughs, an external entity naming a file outside the folder, 10,000-deep
 * nesting, a 50 MB text node, broken UTF-8) beside one good article: each hostile file becomes one ingest issue with
 * its stage and reason, the good one is stored, the run is quick, and nothing from outside the folder is read.
 */
class JatsHostileIngestTest {
    private static final String OPEN = "<article><body><sec><title>Results</title><p>";
    private static final String CLOSE = "</p></sec></body></article>";
    private static final String SECRET = "OUTSIDE-THE-CORPUS-7f3a";

    @TempDir
    Path corpus;
    @TempDir
    Path outside;
    @TempDir
    Path home;

    @Test
    void hostileFilesAreIssuesAndTheRunGoesOnQuickly() throws Exception {
        Path secret = outside.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        Files.writeString(corpus.resolve("a-laughs.nxml"), laughs());
        Files.writeString(corpus.resolve("b-entity.nxml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n" + OPEN + "Read &x; here." + CLOSE);
        Files.writeString(corpus.resolve("c-deep.nxml"),
                "<article><body>" + "<sec>".repeat(10_000) + "<p>x</p>" + "</sec>".repeat(10_000) + "</body></article>");
        try (OutputStream out = Files.newOutputStream(corpus.resolve("d-big-text.nxml"))) {
            out.write(OPEN.getBytes(StandardCharsets.US_ASCII));
            byte[] block = "7".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) out.write(block);
            out.write(CLOSE.getBytes(StandardCharsets.US_ASCII));
        }
        byte[] broken = (OPEN + "caf\u00e9" + CLOSE).getBytes(StandardCharsets.UTF_8);
        broken[OPEN.length() + 3] = (byte) 0xC3;
        broken[OPEN.length() + 4] = (byte) 0x28;
        Files.write(corpus.resolve("e-encoding.nxml"), broken);
        Files.writeString(corpus.resolve("f-good.nxml"), "<article><front><article-meta><title-group><article-title>A trial of drug C"
                + "</article-title></title-group></article-meta></front><body><sec><title>Results</title><p>Median overall "
                + "survival was 14.2 months.</p></sec></body></article>");

        try (TestDatabase db = TestDatabase.create()) {
            long started = System.nanoTime();
            CliRun run = CliRun.of("ingest", "--db-url", db.url(), "--home", home.toString(), "--show", "0", corpus.toString());
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(0, run.code(), run.err() + run.out());
            assertTrue(run.out().contains("1 new") && run.out().contains("5 issues"), run.out());
            assertTrue(seconds < 90, "ingest took " + seconds + " s");

            List<String> issues = rows(db, "SELECT regexp_replace(source_path, '^.*/', '') || '|' || stage || '|' || reason "
                    + "FROM ingest_issues ORDER BY source_path");
            assertEquals(5, issues.size(), issues.toString());
            assertTrue(issues.get(0).startsWith("a-laughs.nxml|parse|") && issues.get(0).contains("entit"), issues.get(0));
            assertTrue(issues.get(1).startsWith("b-entity.nxml|parse|"), issues.get(1));
            assertTrue(issues.get(2).startsWith("c-deep.nxml|parse|") && issues.get(2).contains("nested deeper than"), issues.get(2));
            // refused by the size cap before parsing, or else by the parser's text-run bound
            assertTrue(issues.get(3).startsWith("d-big-text.nxml|read|file too large")
                    || issues.get(3).startsWith("d-big-text.nxml|parse|") && issues.get(3).contains("text run longer"), issues.get(3));
            assertTrue(issues.get(4).startsWith("e-encoding.nxml|decode|") && issues.get(4).contains("UTF-8"), issues.get(4));
            for (String i : issues) assertFalse(i.contains(SECRET) || i.contains("\n"), i);

            assertEquals(List.of("f-good.nxml"), rows(db, "SELECT file_name FROM documents"));
            assertEquals(List.of("0"), rows(db, "SELECT count(*) FROM passages WHERE text LIKE '%" + SECRET + "%'"));
        }
    }

    private static String laughs() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE article [\n<!ENTITY h \"ha\">\n");
        for (int i = 1; i <= 9; i++) {
            b.append("<!ENTITY h").append(i).append(" \"");
            for (int k = 0; k < 10; k++) b.append(i == 1 ? "&h;" : "&h" + (i - 1) + ";");
            b.append("\">\n");
        }
        return b.append("]>\n").append(OPEN).append("&h9;").append(CLOSE).toString();
    }

    private static List<String> rows(TestDatabase db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
