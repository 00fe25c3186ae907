package org.oncoev.corpus.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.table.Table;

/**
 * Table headers as journals set them, read back as grid rows (PDFs built in the test): a header centred over
 * its sub-columns heads them and adds no column of its own; a title row over a full-width table stays in the
 * table rather than becoming a section heading; a header line whose cells happen to be evenly spaced is the
 * table's header, not a justified body line; header cells that wrap over several lines are one cell each.
 */
class PdfTableHeaderTest {
    private static final float[] SUB = {72, 200, 240, 300, 340, 400};

    private static String extract(PdfFixture f) throws Exception {
        return PdfTableGridTest.extract(f);
    }

    /** Draws {@code s} centred at {@code mid}. */
    private static void centred(PdfFixture f, float size, float mid, float y, String s) {
        f.text(PdfFixture.BOLD, size, mid - PdfFixture.width(PdfFixture.BOLD, size, s) / 2, y, s);
    }

    /** Arm headers centred in the gap between their n and % sub-columns, with or without text columns beside. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void headerCentredOverSubColumnsHeadsThem(boolean twoColumns) throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.text(72, 62, "Table 1. Characteristics of the patients at entry");
        centred(f, 9, 226, 80, "Drug A");
        centred(f, 9, 326, 80, "Placebo");
        PdfTableGridTest.rows(f, SUB, 91, 11, new String[] {"Characteristic", "n", "%", "n", "%", "P"});
        PdfTableGridTest.rows(f, SUB, 106, 11, new String[] {"Female", "30", "(50)", "28", "(47)", "0.74"},
                new String[] {"Male", "30", "(50)", "32", "(53)", null},
                new String[] {"Smoker", "21", "(35)", "12", "(20)", "0.06"});
        if (twoColumns) PdfLayoutTest.twoColumns(f, 160);
        String text = extract(f);
        assertTrue(text.contains("\tDrug A\t\tPlacebo\t\t\nCharacteristic\tn\t%\tn\t%\tP\n"
                + "Female\t30\t(50)\t28\t(47)\t0.74\nMale\t30\t(50)\t32\t(53)\t\nSmoker\t21\t(35)\t12\t(20)\t0.06"), text);
    }

    /** A spanning header that overlaps one sub-column and a lower header row: the spanning cell starts its group. */
    @Test
    void spanningHeaderOverALowerHeaderRowStartsItsGroup() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float[] x = {72, 170, 250, 330, 410, 480};
        f.text(PdfFixture.BOLD, 9, 72, 80, "Subgroup");
        f.text(PdfFixture.BOLD, 9, 198, 80, "Control arm");
        f.text(PdfFixture.BOLD, 9, 355, 80, "Study arm");
        f.text(PdfFixture.BOLD, 9, 480, 80, "HR");
        PdfTableGridTest.rows(f, x, 91, 11, new String[] {null, "Patients, n", "Median, months", "Patients, n", "Median, months"});
        PdfTableGridTest.rows(f, x, 106, 11, new String[] {"Low score", "58", "5.2", "61", "9.8", "0.52"},
                new String[] {"High score", "140", "6.4", "133", "8.1", "0.77"});
        PdfLayoutTest.twoColumns(f, 150);
        String text = extract(f);
        assertTrue(text.contains("Subgroup\tControl arm\t\tStudy arm\t\tHR\n\tPatients, n\tMedian, months\tPatients, n\tMedian, months\t\n"
                + "Low score\t58\t5.2\t61\t9.8\t0.52"), text);
    }

    /** A bold title row right over a full-width table on a two-column page is the table's first row. */
    @Test
    void titleRowOverAFullWidthTableStaysInTheTable() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.text(72, 60, "Table 3. Outcomes by baseline marker level");
        f.text(PdfFixture.BOLD, 9, 72, 75, "Overall survival");
        float[] x = {72, 230, 330, 430, 500};
        PdfTableGridTest.rows(f, x, 86, 11, new String[] {"Marker level", "Arm A, median", "Arm B, median", "HR", "P"},
                new String[] {"Below median", "14.2", "18.9", "0.71", "0.03"},
                new String[] {"Above median", "12.0", "12.8", "0.93", "0.58"});
        PdfLayoutTest.twoColumns(f, 140);
        Document d = new PdfDocumentReader().read("t.pdf", f.bytes());
        assertFalse(d.sections().stream().anyMatch(s -> s.heading() != null && s.heading().contains("Overall survival")), d.sourceText());
        Table t = d.passages().stream().filter(p -> p.table() != null).findFirst()
                .orElseThrow(() -> new AssertionError(d.sourceText())).table();
        assertTrue(t.columnHeader(0).contains("Overall survival") || t.caption() != null && t.caption().text().contains("Overall survival"), t.toString());
        assertTrue(t.columnHeader(1).endsWith("Arm A, median"), t.toString());
        assertEquals("14.2", t.bodyRows().get(0).at(1).orElseThrow().text(), t.toString());
    }

    /** Header cells set 14 pt apart look like a justified line; over the table's rows they are its header. */
    @Test
    void evenlySpacedHeaderLineIsTheHeader() throws Exception {
        PdfFixture f = new PdfFixture().page();
        String[] head = {"All patients", "Arm A (n = 80)", "Arm B (n = 78)", "P value (A vs B)"};
        float[] x = new float[5];
        x[0] = 72;
        x[1] = 200;
        for (int c = 2; c < 5; c++) x[c] = x[c - 1] + PdfFixture.width(PdfFixture.BOLD, 9, head[c - 2]) + 14;
        f.text(72, 62, "Table 2. Baseline characteristics");
        for (int c = 0; c < head.length; c++) f.text(PdfFixture.BOLD, 9, x[c + 1], 80, head[c]);
        PdfTableGridTest.rows(f, x, 96, 11, new String[] {"Age, years"},
                new String[] {"Below 65", "101 (64%)", "52 (65%)", "49 (63%)", "0.79"},
                new String[] {"65 or over", "57 (36%)", "28 (35%)", "29 (37%)", null},
                new String[] {"Women", "83 (53%)", "45 (56%)", "38 (49%)", "0.35"});
        String text = extract(f);
        assertTrue(text.contains("\tAll patients\tArm A (n = 80)\tArm B (n = 78)\tP value (A vs B)\nAge, years\t\t\t\t\n"
                + "Below 65\t101 (64%)\t52 (65%)\t49 (63%)\t0.79"), text);
    }

    /** Header cells wrapping over three lines (set closer than the rows) join into one header row. */
    @Test
    void headerCellsWrappingOverLinesAreOneCellEach() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float[] x = {72, 140, 215, 300, 390};
        PdfTableGridTest.rows(f, x, 80, 9, new String[] {"Marker", "Number of", "Baseline level", "Change from", "p-value"},
                new String[] {null, "patients", "(range)", "baseline (range)", "change, arms"},
                new String[] {null, null, null, null, "A vs. B"});
        PdfTableGridTest.rows(f, x, 112, 13, new String[] {"Factor X", "24", "31 (9-80)", "12 (-40-66)", "0.004"},
                new String[] {"Factor Y", "24", "88 (20-560)", "-7 (-390-12)", "0.41"});
        String text = extract(f);
        assertTrue(text.contains("Marker\tNumber of patients\tBaseline level (range)\tChange from baseline (range)\t"
                + "p-value change, arms A vs. B\nFactor X\t24\t31 (9-80)\t12 (-40-66)\t0.004"), text);
    }
}
