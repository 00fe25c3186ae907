package org.oncoev.corpus.pdfeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.jats.JatsDocumentReader;
import org.oncoev.corpus.pdf.PdfDocumentReader;

/**
 * The journal renderer as a tool and its check. With {@code -Dpdfeval.out=DIR} it typesets every JATS file
 * of {@code -Dpdfeval.in} (default: the shared {@code pmc-jats} corpus) into {@code DIR/<name>.pdf}, for
 * {@code oncoev evaluate --corpus DIR}. Without it, one shared paper is rendered and read back (skipped when
 * the shared corpus is absent).
 */
class JournalPdfRenderTest {
    static Path jatsFolder() {
        String in = System.getProperty("pdfeval.in");
        if (in != null) return Path.of(in);
        for (Path p : List.of(Path.of("..", "shared"), Path.of("..", "..", "shared"), Path.of("..", "..", "..", "shared")))
            if (Files.isDirectory(p.resolve("corpus/pmc-jats"))) return p.resolve("corpus/pmc-jats");
        return Path.of("..", "shared", "corpus", "pmc-jats");
    }

    private static List<Path> papers(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches(".*\\.n?xml")).sorted().toList();
        }
    }

    /** With {@code -Dpdfeval.dump=DIR}: the extracted source text of each {@code DIR/*.pdf} into {@code DIR/<name>.pdf.txt}. */
    @Test
    void dumpsExtractedText() throws Exception {
        String dump = System.getProperty("pdfeval.dump");
        assumeTrue(dump != null, "no -Dpdfeval.dump");
        try (Stream<Path> s = Files.list(Path.of(dump))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                String text = new org.oncoev.corpus.pdf.PdfTextExtractor().extract(Files.readAllBytes(f)).text();
                Files.writeString(Path.of(f + ".txt"), text);
                assertTrue(!text.isBlank(), f.toString());
            }
        }
    }

    @Test
    void rendersEachPaperOrOneAsACheck() throws Exception {
        Path dir = jatsFolder();
        assumeTrue(Files.isDirectory(dir), "JATS corpus absent: " + dir);
        String out = System.getProperty("pdfeval.out");
        List<Path> files = papers(dir);
        if (out == null) files = files.subList(0, Math.min(1, files.size()));
        JatsDocumentReader jats = new JatsDocumentReader();
        PdfDocumentReader pdfReader = new PdfDocumentReader();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Document d = jats.read(name, Files.readAllBytes(f));
            byte[] pdf = new JournalPdfRenderer().render(d);
            String stem = name.substring(0, name.lastIndexOf('.'));
            if (out != null) {
                Files.createDirectories(Path.of(out));
                Files.write(Path.of(out, stem + ".pdf"), pdf);
                continue;
            }
            Document back = pdfReader.read(stem + ".pdf", pdf);
            assertTrue(back.pages() >= 3, "pages: " + back.pages());
            long jatsTables = d.passages().stream().filter(p -> p.kind() == PassageKind.TABLE).count();
            long pdfTables = back.passages().stream().filter(p -> p.kind() == PassageKind.TABLE).count();
            assertTrue(pdfTables >= Math.min(1, jatsTables), "tables read back: " + pdfTables + " of " + jatsTables);
            assertEquals(d.title() == null, back.title() == null);
        }
    }
}
