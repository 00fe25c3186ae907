package org.oncoev.extractors.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.jats.JatsDocumentReader;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;

/**
 * Table shapes JATS articles use, written for the project: two label columns, a header one blank corner cell too
 * wide, an HR column per endpoint, a P row under an HR column, four-digit arm sizes, a whole-group median repeated
 * beside each covariate. Each table's facts of one type, as {@code value [arm]}.
 */
class JatsTableShapesTest {
    private static final EvidenceExtraction EXTRACTION = EvidenceExtraction.defaults();

    static Stream<Arguments> tables() {
        return Stream.of(
                // group label in the first column, the row's own label in the second
                Arguments.of("Overall survival by patient group", "survival",
                        "<thead><tr><th>Factor</th><th/><th>n</th><th>Median OS, months (95% CI)</th></tr></thead><tbody>"
                                + row("Sex", "Men", "140", "15.2 (12.9–17.0)") + row("", "Women", "95", "18.6 (14.1–22.3)")
                                + row("ECOG", "0–1", "120", "19.4 (16.0–23.8)") + row("", "2–3", "115", "13.1 (10.2–15.5)")
                                + "</tbody>",
                        List.of("OS median 13.1 [ECOG: 2–3]", "OS median 15.2 [Sex: Men]", "OS median 18.6 [Sex: Women]",
                                "OS median 19.4 [ECOG: 0–1]")),
                // the header has one blank corner cell more than the body has columns: it sits over the body's right edge
                Arguments.of("Characteristics of the patients", "p_values",
                        "<thead><tr><th/><th/><th>Drug A (N=40)</th><th>Placebo (N=38)</th><th>P value</th></tr></thead><tbody>"
                                + row("Age, median (range)", "61 (40–79)", "63 (44–81)", "0.44")
                                + row("Women, n (%)", "18 (45)", "20 (53)", "0.51") + "</tbody>",
                        List.of("P = 0.44", "P = 0.51")),
                Arguments.of("Characteristics of the patients", "cohorts",
                        "<thead><tr><th/><th/><th>Drug A (N=40)</th><th>Placebo (N=38)</th><th>P value</th></tr></thead><tbody>"
                                + row("Age, median (range)", "61 (40–79)", "63 (44–81)", "0.44") + "</tbody>",
                        List.of("n 38 [Placebo]", "n 40 [Drug A]")),
                // an HR column for each endpoint, each with its CI column
                Arguments.of("Treatment effect by marker level", "hazard_ratios",
                        "<thead><tr><th>Marker</th><th>n</th><th>PFS HR</th><th>95% CI</th><th>OS HR</th><th>95% CI</th></tr>"
                                + "</thead><tbody>" + row("Low", "30", "0.52", "0.31–0.88", "0.77", "0.45–1.31")
                                + row("High", "74", "0.93", "0.62–1.40", "1.08", "0.70–1.66") + "</tbody>",
                        List.of("HR 0.52 (0.31-0.88)", "HR 0.77 (0.45-1.31)", "HR 0.93 (0.62-1.4)", "HR 1.08 (0.7-1.66)")),
                // a log-rank P row under an HR column gives a p-value, not a ratio; a "P heterogeneity" column is a P column
                Arguments.of("Effect of the drug by marker", "hazard_ratios",
                        "<thead><tr><th>Group</th><th>HR (95% CI)</th><th>P heterogeneity</th></tr></thead><tbody>"
                                + row("Marker low", "0.81 (0.60–1.09)", "0.27") + row("Marker high", "1.12 (0.83–1.51)", "")
                                + row("Log-rank P value", "0.0412", "") + "</tbody>",
                        List.of("HR 0.81 (0.6-1.09)", "HR 1.12 (0.83-1.51)")),
                Arguments.of("Effect of the drug by marker", "p_values",
                        "<thead><tr><th>Group</th><th>HR (95% CI)</th><th>P heterogeneity</th></tr></thead><tbody>"
                                + row("Marker low", "0.81 (0.60–1.09)", "0.27") + row("Marker high", "1.12 (0.83–1.51)", "")
                                + row("Log-rank P value", "0.0412", "") + "</tbody>",
                        List.of("P = 0.0412", "P = 0.27")),
                // arm sizes of four digits are read whole
                Arguments.of("Patients by treatment", "cohorts",
                        "<thead><tr><th>Characteristic</th><th>Surgery (n = 1250)</th><th>Surveillance (n = 2875)</th></tr>"
                                + "</thead><tbody>" + row("Age, mean", "58", "66") + "</tbody>",
                        List.of("n 1250 [Surgery]", "n 2875 [Surveillance]")),
                // the whole group's median printed beside each continuous covariate is one figure, of no row
                Arguments.of("Progression-free survival by factor", "survival",
                        "<thead><tr><th>Factor</th><th>N</th><th>Median years</th><th>HR</th><th>95% CI</th></tr></thead><tbody>"
                                + row("Stage", "", "", "", "") + row("Early", "35", "3.10", "", "")
                                + row("Late", "45", "1.40", "2.20", "1.30–3.71")
                                + row("Marker X (log)", "80", "2.15", "0.91", "0.70–1.18")
                                + row("Marker Y (log)", "80", "2.15", "1.22", "0.95–1.57")
                                + row("Marker Z", "80", "2.15", "1.05", "0.88–1.25") + "</tbody>",
                        List.of("PFS median 1.4 [Late]", "PFS median 2.15 [null]", "PFS median 3.1 [Early]")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("tables")
    void factsOfEachTableShape(String caption, String type, String table, List<String> expected) throws Exception {
        Document d = new JatsDocumentReader().read("t.nxml", article(caption, table).getBytes(StandardCharsets.UTF_8));
        List<String> got = EXTRACTION.extract(d).stream()
                .filter(Finding::accepted)
                .filter(f -> f.type().key().equals(type))
                .filter(f -> f.passageOrdinal() > 1) // the table's passage, not the sentence before it
                .map(JatsTableShapesTest::render).distinct().sorted().toList();
        assertEquals(expected, got);
    }

    private static String render(Finding f) {
        if (f.fact() instanceof Fact.Survival s) return s.endpoint() + " " + s.measure() + " " + num(s.value()) + " [" + f.arm() + "]";
        if (f.fact() instanceof Fact.HazardRatio h) return "HR " + num(h.value()) + " (" + num(h.ciLow()) + "-" + num(h.ciHigh()) + ")";
        if (f.fact() instanceof Fact.PValue p) return "P " + p.relation().symbol() + " " + num(p.value());
        if (f.fact() instanceof Fact.Cohort c) return "n " + c.size() + " [" + f.arm() + "]";
        return f.fact().toString();
    }

    private static String num(Double d) {
        if (d == null) return "null";
        String s = String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String row(String... cells) {
        StringBuilder b = new StringBuilder("<tr>");
        for (String c : cells) b.append(c.isEmpty() ? "<td/>" : "<td>" + esc(c) + "</td>");
        return b.append("</tr>").toString();
    }

    private static String article(String caption, String table) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<article><front><article-meta><title-group><article-title>"
                + "A randomised trial of drug A</article-title></title-group></article-meta></front><body><sec><title>Results"
                + "</title><p>The table shows the results.</p>\n<table-wrap id=\"T2\"><label>Table 2</label><caption><p>"
                + esc(caption) + "</p></caption><table>" + table + "</table></table-wrap></sec></body></article>";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
