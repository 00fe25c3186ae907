package org.oncoev.corpus.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentReadException;

/**
 * Optional checks over {@code ../shared/pdfs} (skipped when absent): every broken file is read or
 * refused with a reason, and word recall against the expected text beside a PDF stays high.
 */
class SharedPdfsTest {
    static Path pdfs() {
        String prop = System.getProperty("oncoev.shared");
        Path shared = prop != null ? Path.of(prop) : Path.of("..", "shared");
        if (!Files.isDirectory(shared.resolve("pdfs"))) shared = Path.of("..", "..", "shared");
        if (!Files.isDirectory(shared.resolve("pdfs"))) shared = Path.of("..", "..", "..", "shared"); // a worktree
        return shared.resolve("pdfs");
    }

    static List<Path> files(String dir, String suffix) throws IOException {
        Path d = pdfs().resolve(dir);
        assumeTrue(Files.isDirectory(d), "shared PDFs absent: " + d);
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void everyBrokenFileIsReadOrRefusedWithAReason() throws IOException {
        PdfDocumentReader reader = new PdfDocumentReader(PdfLimits.defaults().withTimeLimit(java.time.Duration.ofSeconds(30)));
        for (Path p : files("broken", ".pdf")) {
            String name = p.getFileName().toString();
            try {
                Document d = reader.read(name, Files.readAllBytes(p));
                assertFalse(d.passages().isEmpty(), name);
                System.out.println("[shared-pdfs] read    " + name + ": " + d.passages().size() + " passages " + d.warnings());
            } catch (DocumentReadException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank() && !e.getMessage().contains("\n"), name);
                System.out.println("[shared-pdfs] refused " + name + ": " + e.stage() + ": " + e.getMessage());
            }
        }
    }

    /** PDFs with expected text beside them: {@code X.expected-fulltext.txt} or {@code X.pdf.expected.txt}. */
    @Test
    void wordRecallAgainstExpectedText() throws Exception {
        int checked = 0;
        for (String dir : new String[]{"scholarly", "broken"}) {
            for (Path p : files(dir, ".pdf")) {
                String base = p.getFileName().toString();
                Path expected = p.resolveSibling(base.replaceAll("\\.pdf$", "") + ".expected-fulltext.txt");
                if (!Files.exists(expected)) expected = p.resolveSibling(base + ".expected.txt");
                if (!Files.exists(expected)) continue;
                String want = Files.readString(expected);
                if (words(want).values().stream().mapToInt(Integer::intValue).sum() < 100) continue; // too short to measure
                String got = new PdfTextExtractor().extract(Files.readAllBytes(p)).text();
                double recall = recall(want, got);
                System.out.printf(Locale.ROOT, "[shared-pdfs] word recall %.4f %s%n", recall, base);
                assertTrue(recall >= 0.97, base + " recall " + recall);
                checked++;
            }
        }
        assumeTrue(checked > 0, "no expected texts found");
    }

    private static final java.util.regex.Pattern BROKEN_WORD =
            java.util.regex.Pattern.compile("\\p{L}{2,}-[ \\t\\n]+(?!(?:and|or|to|nor)\\b)\\p{Ll}{2,}");
    private static final java.util.regex.Pattern DETACHED_EXPONENT =
            java.util.regex.Pattern.compile("(?:\u00d7|\\bx)\\s?10(?![\\^\\d.,])");

    /**
     * Over the scholarly PDFs: line-end hyphens left unjoined, body lines split into a tab per word,
     * powers of ten that lost their exponent and U+FFFD for glyphs the font names stay near zero (they were 219, 1077 and 4 before the
     * glyph size came from the text rendering matrix).
     */
    @Test
    void scholarlyPdfsReadWithoutBrokenWordsOrDetachedExponents() throws Exception {
        int broken = 0, tabRows = 0, detached = 0, replacement = 0, files = 0;
        for (Path p : files("scholarly", ".pdf")) {
            String text = new PdfTextExtractor().extract(Files.readAllBytes(p)).text();
            broken += (int) BROKEN_WORD.matcher(text).results().count();
            detached += (int) DETACHED_EXPONENT.matcher(text).results().count();
            replacement += (int) text.chars().filter(c -> c == '\ufffd').count();
            for (String line : text.split("\n")) if (tabPerWord(line)) tabRows++;
            files++;
        }
        System.out.printf(Locale.ROOT, "[shared-pdfs] %d files: %d broken words, %d tab-per-word rows, %d detached exponents,"
                + " %d U+FFFD%n", files, broken, tabRows, detached, replacement);
        assertTrue(broken <= 10 * Math.max(1, files / 15), "broken words " + broken);
        assertTrue(tabRows <= 15, "tab-per-word rows " + tabRows);
        assertTrue(detached == 0, "detached exponents " + detached);
        // left: glyphs whose font gives no Unicode and no known name (pdftotext prints control characters for them)
        assertTrue(replacement <= 5 * Math.max(1, files / 15), "U+FFFD " + replacement);
    }

    /** Four or more tab cells, none with a space, at least half of them words: a body line split per word. */
    static boolean tabPerWord(String line) {
        String[] cells = line.split("\t");
        if (cells.length < 4) return false;
        int words = 0;
        for (String c : cells) {
            String t = c.strip();
            if (t.contains(" ")) return false;
            if (t.matches("\\p{L}{2,}[,.;:]?")) words++;
        }
        return words * 2 >= cells.length;
    }

    static double recall(String expected, String actual) {
        Map<String, Integer> want = words(expected), got = words(actual);
        int total = 0, hit = 0;
        for (Map.Entry<String, Integer> e : want.entrySet()) {
            total += e.getValue();
            hit += Math.min(e.getValue(), got.getOrDefault(e.getKey(), 0));
        }
        return total == 0 ? 1 : (double) hit / total;
    }

    /** Lower-cased alphanumeric tokens (NFKC) with their counts. */
    static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (String w : t.split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) counts.merge(w, 1, Integer::sum);
        return counts;
    }
}
