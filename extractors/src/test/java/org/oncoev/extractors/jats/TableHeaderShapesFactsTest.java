package org.oncoev.extractors.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.jats.JatsDocumentReader;
import org.oncoev.corpus.pdf.PdfDocumentReader;
import org.oncoev.corpus.text.TextDocumentReader;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.Finding;

/**
 * Tables whose headers have the shapes journals set — arm headers spanning n and % sub-columns, endpoint headers
 * spanning time-point sub-columns, header cells wrapping over lines — written as tab-separated text, JATS XML
 * ({@code colspan}) and a PDF page drawn with PDFBox ({@link ShapedTablePdf}), yield the same facts.
 */
class TableHeaderShapesFactsTest {
    private static final EvidenceExtraction EXTRACTION = EvidenceExtraction.defaults();

    /** Caption, header rows (a cell {@code text>n} spans n columns; {@code \n} wraps it in the PDF), body rows. */
    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("Responses by arm", List.of(
                                List.of("", "Drug A (n = 62)>2", "Placebo (n = 60)>2", ""),
                                List.of("Response", "n", "%", "n", "%", "P")),
                        List.of(List.of("Complete response", "9", "14.5", "4", "6.7", "0.24"),
                                List.of("Partial response", "21", "33.9", "12", "20.0", "0.09"),
                                List.of("Stable disease", "18", "29.0", "25", "41.7", "0.19"))),
                Arguments.of("Survival rates by arm", List.of(
                                List.of("Arm", "Overall survival rate (%)>3", "Progression-free survival rate (%)>3"),
                                List.of("", "1-year", "3-year", "P", "1-year", "3-year", "P")),
                        List.of(List.of("Drug A", "88.1", "61.0", "0.04", "79.5", "40.2", "0.01"),
                                List.of("Placebo", "80.3", "49.8", "", "66.0", "31.1", ""))),
                Arguments.of("Multivariable analysis of overall survival", List.of(
                                List.of("Factor", "Patients,\nn", "Hazard ratio\n(95% CI)", "P value\n(Wald test)")),
                        List.of(List.of("Age 65 years or over", "112", "1.38 (1.02–1.87)", "0.04"),
                                List.of("Stage IV versus III", "87", "1.91 (1.40–2.61)", "<0.001"),
                                List.of("Weight loss over 5%", "64", "1.22 (0.88–1.69)", "0.23"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void sameFactsFromPdfAsFromText(String caption, List<List<String>> header, List<List<String>> body) throws Exception {
        Document text = new TextDocumentReader().read("t.txt", text(caption, header, body).getBytes(StandardCharsets.UTF_8));
        Document pdf = new PdfDocumentReader().read("t.pdf", ShapedTablePdf.render(caption, header, body));
        List<String> fromText = facts(text);
        assertFalse(fromText.isEmpty());
        assertEquals(fromText, facts(pdf), "PDF:\n" + pdf.sourceText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void sameFactsFromJatsAsFromText(String caption, List<List<String>> header, List<List<String>> body) throws Exception {
        Document text = new TextDocumentReader().read("t.txt", text(caption, header, body).getBytes(StandardCharsets.UTF_8));
        Document jats = new JatsDocumentReader().read("t.nxml", jats(caption, header, body).getBytes(StandardCharsets.UTF_8));
        assertEquals(facts(text), facts(jats));
    }

    private static List<String> facts(Document d) {
        return EXTRACTION.extract(d).stream().filter(Finding::accepted).map(f -> f.fact().toString()).sorted().toList();
    }

    private static String text(String caption, List<List<String>> header, List<List<String>> body) {
        StringBuilder b = new StringBuilder("A randomised trial of drug A\n\nResults\n\nThe table shows the results.\n\n");
        b.append("Table 2 ").append(caption).append('\n');
        for (List<String> r : header) {
            StringBuilder line = new StringBuilder();
            for (String spec : r) {
                if (line.length() > 0 || r.indexOf(spec) > 0) line.append('\t');
                line.append(ShapedTablePdf.text(spec)).append("\t".repeat(ShapedTablePdf.span(spec) - 1));
            }
            b.append(line).append('\n');
        }
        for (List<String> r : body) b.append(String.join("\t", r)).append('\n');
        return b.toString();
    }

    private static String jats(String caption, List<List<String>> header, List<List<String>> body) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<article><front><article-meta>"
                + "<title-group><article-title>A randomised trial of drug A</article-title></title-group></article-meta></front>"
                + "<body><sec><title>Results</title><p>The table shows the results.</p>\n<table-wrap id=\"T2\"><label>Table 2</label>"
                + "<caption><p>" + esc(caption) + "</p></caption><table><thead>");
        for (List<String> r : header) {
            b.append("<tr>");
            for (String spec : r) {
                int s = ShapedTablePdf.span(spec);
                b.append(s > 1 ? "<th colspan=\"" + s + "\">" : "<th>").append(esc(ShapedTablePdf.text(spec))).append("</th>");
            }
            b.append("</tr>\n");
        }
        b.append("</thead><tbody>");
        for (List<String> r : body) {
            b.append("<tr>");
            for (String c : r) b.append("<td>").append(esc(c)).append("</td>");
            b.append("</tr>\n");
        }
        return b.append("</tbody></table></table-wrap></sec></body></article>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
