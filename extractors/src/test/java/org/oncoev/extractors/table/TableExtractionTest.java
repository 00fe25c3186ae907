package org.oncoev.extractors.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.text.DocumentAssembler;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.hazard.HazardRatioExtractor;
import org.oncoev.extractors.pvalue.PValueExtractor;

/** Header meaning and cell-by-cell p-values and hazard ratios on tables written for the project, in every shape. */
class TableExtractionTest {

    static Passage table(String text) throws Exception {
        Document d = DocumentAssembler.assemble("t.txt", "txt", text, null, List.of());
        return d.passages().stream().filter(p -> p.kind() == PassageKind.TABLE).findFirst().orElseThrow();
    }

    static TableView view(String text) throws Exception {
        return TableView.of(table(text)).orElseThrow(() -> new AssertionError("no grid"));
    }

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of(TableFixtures.LINES_HR, "HAZARD_RATIO,CI,P_VALUE"),
                Arguments.of(TableFixtures.LINES_GLUED, "OTHER,OTHER,P_VALUE"),
                Arguments.of(TableFixtures.INLINE_P, "OTHER,OTHER,P_VALUE"),
                Arguments.of(TableFixtures.INLINE_HR, "HAZARD_RATIO_WITH_CI,P_VALUE"),
                Arguments.of(TableFixtures.TABBED, "HAZARD_RATIO,CI,P_VALUE"),
                Arguments.of(TableFixtures.PIPES, "P_VALUE,P_VALUE"),
                Arguments.of(TableFixtures.P_ROW, "OTHER,OTHER"),
                Arguments.of("Table 3. Marker levels by arm\nMarker\tBefore\tAfter\tp-value before vs. after\tp-value change arm A vs. arm B\n"
                        + "IL-6\t4.1\t6.2\t0.002\t0.31\nTNF\t9.8\t9.1\t0.74\t<.001\n", "OTHER,OTHER,P_VALUE,P_VALUE"),
                Arguments.of("Table 4. Progression by factor\nFactor\tMedian years\tHR\tHR p-value\n"
                        + "Age\t1.8\t0.99\t0.67\nGrade\t1.6\t1.77\t0.08\n", "MEDIAN,HAZARD_RATIO,P_VALUE"),
                Arguments.of("Table 5. Values named p-value but not p-values\nMarker\tp-value threshold used\n"
                        + "IL-6\t5\nTNF\t12\n", "OTHER"));
    }

    @ParameterizedTest
    @MethodSource("roles")
    void headerMeaningGivesEachDataColumnItsRole(String fixture, String expected) throws Exception {
        TableView v = view(fixture);
        List<String> roles = new ArrayList<>();
        for (int c = 1; c < v.table().columnCount(); c++) roles.add(v.role(c).name());
        assertEquals(expected, String.join(",", roles));
    }

    static Stream<Arguments> pValues() {
        return Stream.of(
                Arguments.of(TableFixtures.LINES_HR, "=0.021 <0.001 =0.49"),
                Arguments.of(TableFixtures.LINES_GLUED, "=0.34 <0.001"),
                Arguments.of(TableFixtures.INLINE_P, "=0.1 =0.11 =0.074"),
                Arguments.of(TableFixtures.INLINE_HR, "=0.03 =0.016 =0.004"),
                Arguments.of(TableFixtures.TABBED, "=0.04 <0.001"),
                Arguments.of(TableFixtures.PIPES, "=0.12 =0.3 =0.002 =0.018"),
                Arguments.of(TableFixtures.P_ROW, "=0.03"),
                Arguments.of(TableFixtures.GLUED_ROWS, "=0.24 =0.02 =0.75"));
    }

    @ParameterizedTest
    @MethodSource("pValues")
    void pValuesAreReadCellByCellAndPointAtTheCell(String fixture, String expected) throws Exception {
        Passage p = table(fixture);
        List<Finding> found = new PValueExtractor().extract(p, ExtractionContext.empty());
        String got = found.stream().sorted((a, b) -> Integer.compare(a.passageStart(), b.passageStart())).map(f -> {
            Fact.PValue v = (Fact.PValue) f.fact();
            assertTrue(v.inTable());
            String raw = p.text().substring(f.passageStart(), f.passageEnd());
            assertTrue(raw.matches("[<>=≤≥]?\\s?[0-9.]+"), raw);
            assertEquals(v.value(), Double.parseDouble(raw.replaceAll("^[<>=≤≥]\\s?", "")), 1e-12);
            return v.relation().symbol() + fmt(v.value());
        }).collect(Collectors.joining(" "));
        assertEquals(expected, got);
    }

    static Stream<Arguments> hazardRatios() {
        return Stream.of(
                Arguments.of(TableFixtures.LINES_HR, "1.42[1.05,1.91] 2.1[1.4,3.15] 0.88[0.61,1.27]"),
                Arguments.of(TableFixtures.INLINE_HR, "1.02[1.0,1.04] 1.65[1.1,2.48] 0.72[0.58,0.9]"),
                Arguments.of(TableFixtures.TABBED, "0.81[0.66,0.99] 0.65[0.52,0.81]"),
                Arguments.of(TableFixtures.GLUED_ROWS, "1.4[0.8,2.45] 2.05[1.1,3.82] 1.1[0.61,1.98]"));
    }

    @ParameterizedTest
    @MethodSource("hazardRatios")
    void hazardRatiosComeWithTheirCiAndNotFromReferenceRows(String fixture, String expected) throws Exception {
        Passage p = table(fixture);
        List<Finding> found = new HazardRatioExtractor().extract(p, ExtractionContext.empty());
        String got = found.stream().sorted((a, b) -> Integer.compare(a.passageStart(), b.passageStart())).map(f -> {
            Fact.HazardRatio h = (Fact.HazardRatio) f.fact();
            assertTrue(p.text().substring(f.passageStart(), f.passageEnd()).startsWith(fmt(h.value()).substring(0, 3)));
            return fmt(h.value()) + "[" + fmt(h.ciLow()) + "," + fmt(h.ciHigh()) + "]";
        }).collect(Collectors.joining(" "));
        assertEquals(expected, got);
    }

    @Test
    void aMisalignedPHeaderOverAnEstimateBesideItsCiIsNoPColumn() {
        String text = "Group P HR All 0.92 (0.71–1.19) 0.53 Low 0.81 (0.58–1.13) 0.21";
        org.oncoev.corpus.table.Table t = new org.oncoev.corpus.table.Table(null, null,
                List.of(row(text, 0, "Group", "P", "HR")),
                List.of(row(text, 0, "All", "0.92", "(0.71–1.19)", "0.53"), row(text, 0, "Low", "0.81", "(0.58–1.13)", "0.21")),
                List.of());
        HeaderMeaning m = HeaderMeaning.of(t);
        assertEquals(ColumnRole.HAZARD_RATIO, m.role(1));
        assertEquals(ColumnRole.CI, m.role(2));
        assertTrue(m.columns(ColumnRole.P_VALUE).isEmpty());
    }

    /** A row of cells found in {@code text} in order from {@code from}, in columns 0, 1, 2... */
    private static org.oncoev.corpus.table.TableRow row(String text, int from, String... cells) {
        List<org.oncoev.corpus.table.TableCell> out = new ArrayList<>();
        int at = from;
        for (int c = 0; c < cells.length; c++) {
            int s = text.indexOf(cells[c], c == 0 ? 0 : at);
            if (c == 0) s = text.indexOf(cells[0]);
            out.add(new org.oncoev.corpus.table.TableCell(cells[c], s, s + cells[c].length(), c));
            at = s + cells[c].length();
        }
        return new org.oncoev.corpus.table.TableRow(out);
    }

    @Test
    void armColumnsCarryTheirSizes() throws Exception {
        TableView v = view(TableFixtures.P_ROW);
        assertEquals(2, v.arms().size());
        assertEquals("Drug X", v.arms().get(0).name());
        assertEquals(51, v.arms().get(0).size());
        assertEquals(49, v.arm(2).orElseThrow().size());
    }

    @Test
    void armsOfAGluedHeaderAreLaidOverTheirColumns() throws Exception {
        TableView v = view(TableFixtures.LINES_GLUED);
        assertEquals(2, v.arms().size());
        assertEquals("Drug X", v.arms().get(0).name());
        assertEquals(52, v.arms().get(0).size());
        assertEquals(1, v.arms().get(0).column());
        assertEquals("Placebo", v.arms().get(1).name());
        assertEquals(50, v.arms().get(1).size());
        assertEquals(2, v.arms().get(1).column());
    }

    @Test
    void subRowsKnowTheirGroup() throws Exception {
        TableView v = view(TableFixtures.LINES_GLUED);
        assertEquals("Sex", v.groupLabel(v.rows().get(1)));
        assertEquals("Male", v.rowLabel(v.rows().get(1)));
        assertEquals("", v.groupLabel(v.rows().get(0)));
    }

    /** Whole header cells and the role they name: P headers with note marks and several bracketed comparisons. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "P value|P_VALUE",
            "P value\u2217|P_VALUE",
            "P (arm A vs arm B)\u2217|P_VALUE",
            "P value (A vs B)* (A vs C)* (B vs C)*|P_VALUE",
            "HR p-value|P_VALUE",
            "HR|HAZARD_RATIO",
            "P value (A vs B) (A vs C) (B vs C) (C vs D)|OTHER",
            "Patients (n)|OTHER"})
    void headerCellNamesItsRole(String header, ColumnRole role) {
        assertEquals(role, HeaderMeaning.roleOf(header));
    }

    /** Body row index, its label and its group in a grid whose endpoint cells span rows down column 0. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "0, Overall survival, ''",
            "1, Overall survival, Overall survival",
            "2, Overall survival, Overall survival",
            "3, Response rate, ''",
            "4, Toxicity, ''",
            "5, Toxicity, Toxicity"})
    void rowsUnderARowSpanningLabelTakeItAsLabelAndGroup(int row, String label, String group) {
        String text = "Outcome\tStat\tDrug X\tPlacebo\nOverall survival\tMedian, months\t14.2\t9.8\n\tHR\t0.71\t\n\tP\t0.004\t\n"
                + "Response rate\t%\t40\t25\nToxicity\tGrade 3\t12\t8\n\tGrade 4\t3\t1";
        List<org.oncoev.corpus.table.TableRow> body = List.of(
                spanRow(text, "Overall survival", 3, "Median, months", "14.2", "9.8"),
                spanRow(text, null, 1, "HR", "0.71"),
                spanRow(text, null, 1, "P", "0.004"),
                spanRow(text, "Response rate", 1, "%", "40", "25"),
                spanRow(text, "Toxicity", 2, "Grade 3", "12", "8"),
                spanRow(text, null, 1, "Grade 4", "3", "1"));
        org.oncoev.corpus.table.Table t = new org.oncoev.corpus.table.Table(null, null,
                List.of(row(text, 0, "Outcome", "Stat", "Drug X", "Placebo")), body, List.of());
        TableView v = TableView.of(org.oncoev.extractors.gold.TestPassages.table(text), t);
        assertEquals(label, v.rowLabel(v.rows().get(row)));
        assertEquals(group, v.groupLabel(v.rows().get(row)));
    }

    /** A body row: its column-0 label (null when a cell above spans into it) spanning {@code span} rows, then cells in columns 1, 2... */
    private static org.oncoev.corpus.table.TableRow spanRow(String text, String label, int span, String... cells) {
        List<org.oncoev.corpus.table.TableCell> out = new ArrayList<>();
        if (label != null) {
            int s = text.indexOf(label);
            out.add(new org.oncoev.corpus.table.TableCell(label, s, s + label.length(), 0, 1, span));
        }
        for (int c = 0; c < cells.length; c++) {
            int s = text.indexOf(cells[c]);
            out.add(new org.oncoev.corpus.table.TableCell(cells[c], s, s + cells[c].length(), c + 1));
        }
        return new org.oncoev.corpus.table.TableRow(out);
    }

    @Test
    void passageWithoutGridHasNoView() {
        assertTrue(TableView.of(org.oncoev.extractors.gold.TestPassages.table("a\tb\n1\t2")).isEmpty());
        assertNull(org.oncoev.extractors.gold.TestPassages.table("a\tb").table());
    }

    private static String fmt(Double d) {
        if (d == null) return "null";
        return Double.toString(d);
    }
}
