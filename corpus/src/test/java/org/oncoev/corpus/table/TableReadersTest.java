package org.oncoev.corpus.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.text.DocumentAssembler;

/** The table readers on tables written for the project, through the whole document assembly. */
class TableReadersTest {

    static Document read(String text) throws Exception {
        return DocumentAssembler.assemble("t.txt", "txt", text, null, List.of());
    }

    static Passage table(String text) throws Exception {
        return read(text).passages().stream().filter(p -> p.kind() == PassageKind.TABLE).findFirst().orElseThrow();
    }

    /** fixture, cell row, cell column, expected cell text (row -1: first header row) */
    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of(TableFixtures.LINES_HR, 0, 1, "1.42"),
                Arguments.of(TableFixtures.LINES_HR, 1, 2, "1.40–3.15"),
                Arguments.of(TableFixtures.LINES_HR, 2, 1, "1.00 (ref)"),
                Arguments.of(TableFixtures.LINES_HR, 3, 3, "0.49"),
                Arguments.of(TableFixtures.LINES_HR, -1, 3, "P value"),
                Arguments.of(TableFixtures.LINES_GLUED, 0, 3, "0.34"),
                Arguments.of(TableFixtures.LINES_GLUED, 1, 1, "30"),
                Arguments.of(TableFixtures.LINES_GLUED, 3, 3, "<.001"),
                Arguments.of(TableFixtures.LINES_GLUED, 5, 2, "25"),
                Arguments.of(TableFixtures.INLINE_P, 0, 1, "24 (39.3)"),
                Arguments.of(TableFixtures.INLINE_P, 0, 3, "0.10"),
                Arguments.of(TableFixtures.INLINE_P, 2, 3, ".074"),
                Arguments.of(TableFixtures.INLINE_HR, 1, 1, "1.65 (1.10–2.48)"),
                Arguments.of(TableFixtures.INLINE_HR, 3, 2, "0.004"),
                Arguments.of(TableFixtures.TABBED, 1, 3, "<.001"),
                Arguments.of(TableFixtures.TABBED, -1, 2, "95% CI"),
                Arguments.of(TableFixtures.PIPES, 1, 2, "0.018"),
                Arguments.of(TableFixtures.P_ROW, 1, 1, "0.03"));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void cellsSitInTheirColumnsAndPointAtTheirCharacters(String fixture, int row, int column, String expected) throws Exception {
        Passage p = table(fixture);
        Table t = p.table();
        assertNotNull(t, "no grid for " + p.text());
        TableRow r = row < 0 ? t.headerRows().get(0) : t.bodyRows().get(row);
        TableCell cell = r.at(column).orElseThrow(() -> new AssertionError("no cell " + column + " in " + r));
        assertEquals(expected, cell.text());
        assertEquals(expected, p.text().substring(cell.start(), cell.end()));
    }

    static Stream<Arguments> captions() {
        return Stream.of(
                Arguments.of(TableFixtures.LINES_HR, "Table 3", "Multivariable analysis of progression-free survival"),
                Arguments.of(TableFixtures.LINES_GLUED, "Table 1", "Baseline characteristics"),
                Arguments.of(TableFixtures.TABBED, "Table 5", "Survival by endpoint"));
    }

    @ParameterizedTest
    @MethodSource("captions")
    void labelAndCaption(String fixture, String label, String caption) throws Exception {
        Table t = table(fixture).table();
        assertEquals(label, t.label());
        assertEquals(caption, t.caption().text());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void tablePassagesMapExactlyIntoTheSource(String fixture) throws Exception {
        Document d = read(fixture);
        Passage p = d.passages().stream().filter(x -> x.kind() == PassageKind.TABLE).findFirst().orElseThrow();
        String slice = fixture.substring(p.charStart(), p.charEnd());
        assertTrue(slice.startsWith(p.text().substring(0, 5)), slice);
        for (TableRow r : p.table().allRows())
            for (TableCell c : r.cells())
                assertEquals(c.text(), fixture.substring(p.sourceStart(c.start()), p.sourceEnd(c.end())).replace(TableFixtures.EM, "").strip());
    }

    static Stream<String> fixtures() {
        return Stream.of(TableFixtures.LINES_HR, TableFixtures.LINES_GLUED, TableFixtures.INLINE_P, TableFixtures.INLINE_HR,
                TableFixtures.TABBED);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void noTextDisappears(String fixture) throws Exception {
        Document d = read(fixture);
        StringBuilder all = new StringBuilder();
        for (Passage p : d.passages()) all.append(p.text()).append(' ');
        String words = all.toString().replaceAll("\\s+", "");
        String source = fixture.replace(TableFixtures.EM, "").replace("|", "").replace("---", "").replaceAll("\\s+", "");
        assertEquals(source, words);
    }

    @Test
    void inlineTableIsCutOutOfItsBodyPassage() throws Exception {
        Document d = read(TableFixtures.INLINE_P);
        assertEquals(2, d.passages().size());
        Passage body = d.passages().get(0), table = d.passages().get(1);
        assertEquals(PassageKind.BODY, body.kind());
        assertEquals("Response rates were higher with the combination (Table 2).", body.text());
        assertEquals(PassageKind.TABLE, table.kind());
        assertTrue(table.text().startsWith("Table 2 Response by arm"));
        assertEquals(TableFixtures.INLINE_P.indexOf("Table 2 Response"), table.charStart());
    }

    @Test
    void twoInlineTablesAndAFigureInOneLineBecomeSeparatePassages() throws Exception {
        String line = "Rates are shown below (Table 2).   " + TableFixtures.INLINE_P.substring(TableFixtures.INLINE_P.indexOf("Table 2")).strip()
                + "   10.1000/example.g001 Fig 1 Flow of patients through the study.   Table 4 Cox model for overall survival "
                + "Variable HR (95% CI) P Age per year 1.02 (1.00–1.04) 0.03 ECOG 1 vs 0 1.65 (1.10–2.48) 0.016 "
                + "Control arm 1.00 (ref) Treatment 0.72 (0.58-0.90) 0.004\n";
        Document d = read(line);
        List<Passage> tables = d.passages().stream().filter(p -> p.kind() == PassageKind.TABLE).toList();
        assertEquals(2, tables.size());
        assertTrue(tables.get(0).text().endsWith(".074"), tables.get(0).text());
        assertTrue(tables.get(1).text().startsWith("Table 4"));
        assertNotNull(tables.get(0).table());
        assertNotNull(tables.get(1).table());
        assertTrue(d.passages().stream().anyMatch(p -> p.kind() != PassageKind.TABLE && p.text().contains("Flow of patients")));
    }

    @Test
    void subRowsAreIndented() throws Exception {
        Table t = table(TableFixtures.LINES_GLUED).table();
        assertEquals(0, t.bodyRows().get(0).indent());
        assertEquals(1, t.bodyRows().get(1).indent());
        assertEquals("Male", t.bodyRows().get(1).label());
    }

    @Test
    void upperHeaderCellSpansTheSubColumns() throws Exception {
        Table t = table(TableFixtures.PIPES).table();
        assertEquals("P value Univariate", t.columnHeader(1));
        assertEquals("P value Multivariate", t.columnHeader(2));
    }

    /** A row of time points ({@code 1-year 3-year}) under endpoint headers is a header row, not data. */
    @Test
    void timePointRowIsAHeaderRow() throws Exception {
        Table t = table("Table 3. Event-free rates by arm\nArm\tOS rate (%)\t\tPFS rate (%)\t\n"
                + "\t1-year\t3-year\t1-year\t3-year\nArm A\t91.2\t80.4\t85.0\t70.1\nArm B\t88.7\t76.9\t80.2\t64.3\n").table();
        assertEquals(2, t.headerRows().size(), t.toString());
        assertEquals("OS rate (%) 3-year", t.columnHeader(2));
        assertEquals("PFS rate (%) 1-year", t.columnHeader(3));
        assertEquals("Arm A", t.bodyRows().get(0).at(0).orElseThrow().text());
    }

    @Test
    void proseThatIsNoGridStaysAsItWas() throws Exception {
        String text = "Short lines follow.\nAlpha\nBeta\nGamma\n";
        Document d = read(text);
        assertTrue(d.passages().stream().noneMatch(p -> p.kind() == PassageKind.TABLE));
        assertNull(d.passages().get(0).table());
    }
}
