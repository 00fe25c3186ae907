package org.oncoev.extractors.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.jats.JatsDocumentReader;
import org.oncoev.corpus.pdf.PdfDocumentReader;
import org.oncoev.corpus.text.TextDocumentReader;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.Finding;

/**
 * A table written in the three forms oncoev reads — tab-separated text, JATS XML and a PDF page drawn with PDFBox
 * (cells at column positions, as journal layouts set them) — yields the same facts.
 */
class JatsTextTableFactsTest {
    private static final EvidenceExtraction EXTRACTION = EvidenceExtraction.defaults();

    /** Each table: caption, then rows of cells; the first row is the header. */
    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("Multivariable analysis of overall survival", List.of(
                        List.of("Variable", "HR (95% CI)", "P value"),
                        List.of("Drug A vs radiotherapy alone", "0.68 (0.49–0.94)", "0.019"),
                        List.of("Age ≥ 65 years", "1.42 (1.05–1.92)", "0.023"),
                        List.of("Stage IIIB vs IIIA", "1.31 (0.97–1.77)", "0.08"))),
                Arguments.of("Baseline characteristics of the patients", List.of(
                        List.of("Characteristic", "Drug A (n = 61)", "Placebo (n = 59)", "P"),
                        List.of("Age, median (range)", "62 (41–80)", "64 (38–79)", "0.41"),
                        List.of("Male sex, n (%)", "35 (57)", "31 (53)", "0.62"),
                        List.of("ECOG 0, n (%)", "40 (66)", "29 (49)", "<0.001"))),
                Arguments.of("Survival outcomes by arm", List.of(
                        List.of("Endpoint", "Drug A", "Placebo", "HR (95% CI)", "P value"),
                        List.of("Median PFS, months", "7.4", "4.1", "0.55 (0.40–0.76)", "<0.001"),
                        List.of("Median OS, months", "16.8", "12.2", "0.71 (0.52–0.97)", "0.03"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void sameFactsFromJatsAndFromTabText(String caption, List<List<String>> rows) throws Exception {
        Document text = new TextDocumentReader().read("t.txt", text(caption, rows).getBytes(StandardCharsets.UTF_8));
        Document jats = new JatsDocumentReader().read("t.nxml", jats(caption, rows).getBytes(StandardCharsets.UTF_8));
        assertTrue(jats.passages().stream().anyMatch(p -> p.kind() == PassageKind.TABLE && p.table() != null));
        List<String> fromText = facts(text), fromJats = facts(jats);
        assertFalse(fromJats.isEmpty());
        assertEquals(fromText, fromJats);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void sameFactsFromPdfAndFromTabText(String caption, List<List<String>> rows) throws Exception {
        Document text = new TextDocumentReader().read("t.txt", text(caption, rows).getBytes(StandardCharsets.UTF_8));
        Document pdf = new PdfDocumentReader().read("t.pdf", TablePdf.render(caption, rows));
        List<String> fromText = facts(text), fromPdf = facts(pdf);
        assertFalse(fromPdf.isEmpty());
        assertEquals(fromText, fromPdf);
    }

    private static List<String> facts(Document d) {
        return EXTRACTION.extract(d).stream().filter(Finding::accepted).map(f -> f.fact().toString()).sorted().toList();
    }

    private static String text(String caption, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("A randomised trial of drug A\n\nResults\n\nThe table shows the results.\n\n");
        b.append("Table 2 ").append(caption).append('\n');
        for (List<String> r : rows) b.append(String.join("\t", r)).append('\n');
        return b.toString();
    }

    private static String jats(String caption, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<article><front><article-meta>"
                + "<title-group><article-title>A randomised trial of drug A</article-title></title-group></article-meta></front>"
                + "<body><sec><title>Results</title><p>The table shows the results.</p>\n<table-wrap id=\"T2\"><label>Table 2</label>"
                + "<caption><p>" + esc(caption) + "</p></caption><table><thead>");
        for (int r = 0; r < rows.size(); r++) {
            if (r == 1) b.append("</thead><tbody>");
            b.append("<tr>");
            for (String c : rows.get(r)) b.append(r == 0 ? "<th>" : "<td>").append(esc(c)).append(r == 0 ? "</th>" : "</td>");
            b.append("</tr>\n");
        }
        return b.append("</tbody></table></table-wrap></sec></body></article>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
