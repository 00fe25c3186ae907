package org.oncoev.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;

/** Optional checks over the shared seed and PMC corpora; skipped when ../shared is absent. */
class SeedCorpusTest {
    private static Path shared() {
        String prop = System.getProperty("oncoev.shared");
        Path p = prop != null ? Path.of(prop) : Path.of("../shared");
        if (!Files.isDirectory(p)) p = Path.of("../../shared");
        return p;
    }

    private static List<Path> files(String dir) throws IOException {
        Path d = shared().resolve("corpus").resolve(dir);
        assumeTrue(Files.isDirectory(d), "shared corpus absent: " + d);
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(f -> f.toString().endsWith(".txt") && !f.getFileName().toString().equals("SOURCES.md")).sorted().toList();
        }
    }

    private static Document read(Path f) throws Exception {
        return new TextDocumentReader().read(f.getFileName().toString(), Files.readAllBytes(f));
    }

    @Test
    void seedsRoundTripAndStructure() throws Exception {
        List<Path> seeds = files("seeds");
        assumeTrue(!seeds.isEmpty());
        for (Path f : seeds) {
            Document d = read(f);
            dump(d);
            assertRoundTrip(d);
            assertNotNull(d.title(), f + " has a title");
            assertTrue(d.passages().stream().anyMatch(p -> p.kind() == PassageKind.ABSTRACT || p.kind() == PassageKind.BODY), f + " has abstract or body");
            boolean hasReferenceHeading = d.passages().stream().anyMatch(p -> p.kind() == PassageKind.HEADING && p.text().equalsIgnoreCase("references"));
            if (hasReferenceHeading)
                assertTrue(d.passages().stream().anyMatch(p -> p.kind() == PassageKind.REFERENCES), f + " reference list");
            for (Passage p : d.passages()) {
                if (p.kind() != PassageKind.BODY) continue;
                assertFalse(p.text().matches("(?s)^\\d{1,3}\\. \\p{Lu}\\p{L}+ \\p{Lu}{1,2}, .*"), f + " reference entry in body: " + p);
                assertFalse(p.text().startsWith("Department of") || p.text().startsWith("Correspondence") || p.text().startsWith("Copyright"),
                        f + " front matter in body: " + p);
                assertFalse(p.text().contains("This is an open-access article") || p.text().contains("How to cite this article"), f + " boilerplate in body: " + p);
            }
        }
    }

    @Test
    void pmcRoundTrip() throws Exception {
        for (Path f : files("pmc")) {
            Document d = read(f);
            dump(d);
            assertRoundTrip(d);
            assertNotNull(d.title(), f + " has a title");
        }
    }

    /**
     * Each passage's text is its source slice normalised again (tab and pipe tables in table mode, flattened
     * tables as prose); a passage joined across cut-out blocks is
     * checked piece by piece (pieces are separated by joining spaces that map to empty source ranges).
     */
    static void assertRoundTrip(Document d) {
        for (Passage p : d.passages()) {
            assertFalse(p.text().isBlank(), d.fileName() + " passage " + p.ordinal() + " is blank");
            int from = 0;
            List<String> pieces = new ArrayList<>();
            for (int i = 1; i < p.text().length(); i++) {
                if (p.text().charAt(i) == ' ' && p.sourceStart(i) == p.sourceEnd(i + 1) && p.sourceEnd(i + 1) == p.sourceEnd(i)) {
                    pieces.add(normalise(d, p, from, i));
                    from = i + 1;
                }
            }
            pieces.add(normalise(d, p, from, p.text().length()));
            String joined = String.join(" ", pieces);
            // a table laid out one cell per line is normalised as prose (its cells joined by spaces)
            if (p.kind() == PassageKind.TABLE && !joined.equals(p.text())) joined = normaliseAsProse(d, p);
            assertEquals(p.text(), joined, d.fileName() + " passage " + p.ordinal() + " round trip");
        }
    }

    private static String normalise(Document d, Passage p, int from, int to) {
        String slice = d.sourceText().substring(p.sourceStart(from), p.sourceEnd(to));
        boolean tableMode = p.kind() == PassageKind.TABLE && (p.text().indexOf('\t') >= 0 || p.text().indexOf('\n') >= 0);
        return TextNormalizer.normalize(slice, 0, slice.length(), tableMode).text();
    }

    private static String normaliseAsProse(Document d, Passage p) {
        String slice = d.sourceText().substring(p.charStart(), p.charEnd());
        return TextNormalizer.normalize(slice, 0, slice.length(), false).text();
    }

    private static void dump(Document d) throws IOException {
        String out = System.getProperty("oncoev.dump");
        if (out == null) return;
        List<String> lines = new ArrayList<>();
        lines.add("TITLE " + d.title());
        d.sections().forEach(s -> lines.add("SECTION " + s));
        for (Passage p : d.passages())
            lines.add(p.ordinal() + " s" + p.sectionOrdinal() + " " + p.kind() + " [" + p.charStart() + "," + p.charEnd() + ") sents="
                    + p.sentences().size() + " | " + (p.text().length() > 160 ? p.text().substring(0, 160) + "…" : p.text()).replace("\n", "⏎").replace("\t", "⇥"));
        Files.write(Path.of(out, d.fileName() + ".dump"), lines);
    }
}
