package org.oncoev.extractors.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.jats.JatsDocumentReader;

/**
 * Arm columns of tables written for this test ({@link ArmHeaders}), as JATS XML grids, tab-separated text and
 * one cell per line (PDF text): an arm named in a header row above its {@code (n = 40)} cell, population columns
 * ({@code Patients with ...}, an evaluable set, outcome groups, the original cohort) that are no arms, and a
 * whole-population column kept only beside arms.
 */
class ArmHeadersTest {

    /** Header rows then body rows, cells separated by {@code |}; a header cell {@code text>n} spans n columns. */
    static Stream<Arguments> tables() {
        return Stream.of(
                // name and size in stacked header rows
                Arguments.of(List.of("Characteristic|Drug X|Placebo|P value", "|(n = 40)|(n = 41)|"),
                        "Drug X=40;Placebo=41"),
                Arguments.of(List.of("|Drug X>2|Placebo>2", "|N = 52>2|N = 50>2", "Event|n|%|n|%"),
                        "Drug X=52;Drug X=52;Placebo=50;Placebo=50"),
                // a size over its name in one cell, as before
                Arguments.of(List.of("Characteristic|Drug X (n = 40)|Placebo (n = 41)|Total (n = 81)"),
                        "Drug X=40;Placebo=41;Total=81"),
                // populations: subsets by what patients have, an evaluable set, the larger study
                Arguments.of(List.of("Characteristic|Patients with tissue samples (n = 120)|Patients without tissue samples (n = 64)|P"),
                        ""),
                Arguments.of(List.of("|Patients with follow-up data|Patients without follow-up data|Total|P", "|(N = 90)|(N = 35)||"),
                        ""),
                Arguments.of(List.of("Characteristic|Patients in the substudy (n = 300)|Original trial population (n = 700)|Evaluable (n = 280)"),
                        ""),
                Arguments.of(List.of("Characteristic|All patients (n = 150)|Survivors (n = 90)|Deceased (n = 60)"), ""),
                // a population beside arms is left out, the arms stay
                Arguments.of(List.of("Characteristic|Drug X (n = 40)|Placebo (n = 41)|Patients with marker data (n = 50)"),
                        "Drug X=40;Placebo=41"),
                // a name over only some of the sizes is no row of names
                Arguments.of(List.of("Outcome||Deaths|", "|n = 200|n = 210|n = 190"), "=200;=210;=190"));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void armsFromJatsGrid(List<String> header, String expected) throws Exception {
        assertEquals(expected, arms(jats(header)), "JATS");
    }

    @ParameterizedTest
    @MethodSource("tables")
    void armsFromTabSeparatedText(List<String> header, String expected) throws Exception {
        assertEquals(expected, arms(TableExtractionTest.table(tabbed(header))), "tab text");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            // one cell per line, as PDF text gives it: the name line above the size line
            "Characteristic|Drug X|Placebo||(n = 40)|(n = 41)# Drug X=40;Placebo=41",
            "Characteristic|Patients with scans|Patients without scans||(n = 40)|(n = 41)# ''",
            "Characteristic|Drug X (n = 40)|Placebo (n = 41)# Drug X=40;Placebo=41"})
    void armsFromOneCellPerLine(String header, String expected) throws Exception {
        String text = "A randomised trial of drug X\n\nResults\n\nThe characteristics are listed in the table below for both groups.\n"
                + "Table 1 Baseline characteristics\n" + String.join("\n", header.split("\\|", -1)) + "\n"
                + "Age, median\n61\n63\nMale sex\n22 (55.0)\n20 (48.8)\nECOG 0\n30 (75.0)\n28 (68.3)\n"
                + "Values are numbers of patients unless stated otherwise in the rows.\n";
        assertEquals(expected, arms(TableExtractionTest.table(text)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Patients with tissue samples; true", "patients without follow-up; true", "All patients with scans; true",
            "Patients in the substudy; true", "Biomarker-evaluable cohort; true", "Non-responders; true",
            "Original cohort; true", "Patients in arm A; false", "Drug X; false", "Total; false", "All patients; false",
            "Whole cohort; false", "Patients receiving drug X; false", "Cohort A; false"})
    void populationHeaders(String header, boolean population) {
        assertEquals(population, ArmHeaders.isPopulation(header), header);
    }

    private static String arms(Passage p) {
        return TableView.of(p).orElseThrow().arms().stream().map(a -> a.name() + "=" + a.size()).collect(Collectors.joining(";"));
    }

    private static final String BODY = "Age, median|61|63|60|0.41\nMale sex|22 (55.0)|20 (48.8)|42 (51.9)|0.56\n";

    /** The body cut to the header's width. */
    private static List<String[]> body(int columns) {
        return BODY.lines().map(l -> java.util.Arrays.copyOf(l.split("\\|"), columns)).toList();
    }

    private static int width(List<String> header) {
        int w = 0;
        for (String cell : header.get(header.size() - 1).split("\\|", -1)) w += span(cell);
        return w;
    }

    private static int span(String spec) {
        int at = spec.lastIndexOf('>');
        return at > 0 && spec.substring(at + 1).matches("\\d") ? Integer.parseInt(spec.substring(at + 1)) : 1;
    }

    private static String text(String spec) {
        return span(spec) > 1 ? spec.substring(0, spec.lastIndexOf('>')) : spec;
    }

    private static String tabbed(List<String> header) {
        StringBuilder b = new StringBuilder("A randomised trial of drug X\n\nResults\n\nThe characteristics are listed below.\n\n"
                + "Table 1 Baseline characteristics\n");
        for (String row : header) {
            StringBuilder line = new StringBuilder();
            String[] cells = row.split("\\|", -1);
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) line.append('\t');
                line.append(text(cells[i])).append("\t".repeat(span(cells[i]) - 1));
            }
            b.append(line).append('\n');
        }
        for (String[] r : body(width(header))) b.append(String.join("\t", r).replace("null", "")).append('\n');
        return b.toString();
    }

    private static Passage jats(List<String> header) throws Exception {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<article><front><article-meta>"
                + "<title-group><article-title>A randomised trial of drug X</article-title></title-group></article-meta></front>"
                + "<body><sec><title>Results</title><p>The characteristics are listed below.</p>\n<table-wrap id=\"T1\">"
                + "<label>Table 1</label><caption><p>Baseline characteristics</p></caption><table><thead>");
        for (String row : header) {
            b.append("<tr>");
            for (String spec : row.split("\\|", -1)) {
                int s = span(spec);
                b.append(s > 1 ? "<th colspan=\"" + s + "\">" : "<th>").append(esc(text(spec))).append("</th>");
            }
            b.append("</tr>\n");
        }
        b.append("</thead><tbody>");
        for (String[] r : body(width(header))) {
            b.append("<tr>");
            for (String c : r) b.append("<td>").append(c == null ? "" : esc(c)).append("</td>");
            b.append("</tr>\n");
        }
        b.append("</tbody></table></table-wrap></sec></body></article>");
        Document d = new JatsDocumentReader().read("t.nxml", b.toString().getBytes(StandardCharsets.UTF_8));
        return d.passages().stream().filter(p -> p.kind() == PassageKind.TABLE && p.table() != null).findFirst().orElseThrow();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
