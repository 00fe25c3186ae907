package org.oncoev.corpus.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tables as journals set them, read back as grid rows (PDFs built in the test): a table inside one text
 * column or on a page without columns keeps each value under its header even when a row leaves cells
 * empty; a label column under an empty header cell counts; a two-line header cell is one cell; a row
 * of two lines does not split its table; cells set close together are cut at the column gaps; a
 * full-width table keeps a spaced header and its group rows.
 */
class PdfTableGridTest {
    private static final float[] X = {72, 175, 215, 255};

    static String extract(PdfFixture f) throws Exception {
        return new PdfTextExtractor().extract(f.bytes()).text();
    }

    /** Draws rows of cells at the given x positions, {@code lead} points apart; null cells are left empty. */
    static float rows(PdfFixture f, float[] x, float top, float lead, String[]... rows) {
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) if (r[c] != null) f.text(PdfFixture.REGULAR, 9, x[c], top, r[c]);
            top += lead;
        }
        return top;
    }

    private static final String[][] GROUPED = {
            {"Variable", "Arm A", "Arm B", "P"},
            {"Sex", null, null, "0.41"},
            {"Female", "30", "28", null},
            {"Male", "20", "22", null},
            {"Stage", null, null, "0.07"},
            {"III", "35", "27", null},
            {"IV", "15", "23", null}};

    /** In the left column of a two-column page, or alone on a page without columns. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void rowsWithEmptyCellsKeepEachValueUnderItsHeader(boolean twoColumns) throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.text(72, 70, "Table 1. Characteristics at entry");
        rows(f, X, 90, 11, GROUPED);
        if (twoColumns) {
            f.lines(320, 90, PdfLayoutTest.RIGHT);
            PdfLayoutTest.twoColumns(f, 190);
        }
        String text = extract(f);
        assertTrue(text.contains("Variable\tArm A\tArm B\tP\nSex\t\t\t0.41\nFemale\t30\t28\t\nMale\t20\t22\t\n"
                + "Stage\t\t\t0.07\nIII\t35\t27\t\nIV\t15\t23\t"), text);
    }

    @Test
    void labelColumnUnderAnEmptyHeaderCellCounts() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float[] x = {72, 200, 260, 320, 380};
        rows(f, x, 90, 11, new String[] {null, "Median", "p", "Median", "p"},
                new String[] {"Grade", null, "0.12", null, "0.30"},
                new String[] {"Low", "48", null, "51", null},
                new String[] {"High", "57", null, "55", null});
        String text = extract(f);
        assertTrue(text.contains("\tMedian\tp\tMedian\tp\nGrade\t\t0.12\t\t0.30\nLow\t48\t\t51\t\nHigh\t57\t\t55\t"), text);
    }

    @Test
    void twoLineHeaderCellWithItsArmSizeIsOneCell() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float[] x = {72, 180, 260, 330};
        rows(f, x, 90, 10, new String[] {"Event", "Arm A (n", "Arm B", "P"},
                new String[] {null, "= 41)", "(n = 40)", null});
        rows(f, x, 113, 11, new String[] {"Nausea", "9", "4", "0.22"}, new String[] {"Fatigue", "14", "12", "0.71"});
        String text = extract(f);
        assertTrue(text.contains("Event\tArm A (n = 41)\tArm B (n = 40)\tP\nNausea\t9\t4\t0.22\nFatigue\t14\t12\t0.71"), text);
    }

    @Test
    void rowOfTwoLinesDoesNotSplitItsTable() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float[] x = {72, 240, 300};
        float y = rows(f, x, 90, 11, new String[] {"Factor", "HR", "P"}, new String[] {"Age over 65", "1.31", "0.02"});
        f.text(PdfFixture.REGULAR, 9, x[0], y, "Insurance held through a");
        f.text(PdfFixture.REGULAR, 9, x[1], y, "0.84");
        f.text(PdfFixture.REGULAR, 9, x[2], y, "0.19");
        f.text(PdfFixture.REGULAR, 9, x[0], y + 10, "regional scheme");
        rows(f, x, y + 24, 11, new String[] {"Former smoker", "1.12", "0.40"});
        String text = extract(f);
        assertTrue(text.contains("Factor\tHR\tP\nAge over 65\t1.31\t0.02\n"
                + "Insurance held through a regional scheme\t0.84\t0.19\nFormer smoker\t1.12\t0.40"), text);
    }

    @Test
    void cellsSetCloseTogetherAreCutAtTheColumnGaps() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float[] x = {72, 170, 190, 210, 230};
        float y = rows(f, x, 90, 11, new String[] {"Site", "n", "%", "n", "%"});
        // a header row whose cells sit closer than the gap that splits a row into pieces
        float w = PdfFixture.width(PdfFixture.REGULAR, 9, "No.");
        f.text(PdfFixture.REGULAR, 9, 166, y, "No.");
        f.text(PdfFixture.REGULAR, 9, 166 + w + 5, y, "%");
        f.text(PdfFixture.REGULAR, 9, 206, y, "No.");
        f.text(PdfFixture.REGULAR, 9, 206 + w + 5, y, "%");
        rows(f, x, y + 11, 11, new String[] {"Lung", "12", "40", "9", "31"}, new String[] {"Liver", "18", "60", "20", "69"});
        String text = extract(f);
        assertTrue(text.contains("\tNo.\t%\tNo.\t%\nLung\t12\t40\t9\t31\n"), text);
    }

    @Test
    void fullWidthTableKeepsASpacedHeaderAndItsGroupRows() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.text(72, 60, "Table 2. Multivariable analysis of progression-free survival");
        float[] x = {72, 250, 380, 500};
        // a ruled header set apart from the rows, and a group row right under it
        rows(f, x, 80, 17, new String[] {"Variable", "HR", "95% CI", "P"}, new String[] {"Clinical factors"});
        rows(f, x, 114, 11, new String[] {"Age, per decade", "1.08", "0.97-1.20", "0.15"},
                new String[] {"Tumour stage", null, null, null},
                new String[] {"III versus II", "1.52", "1.10-2.09", "0.01"},
                new String[] {"IV versus II", "2.31", "1.64-3.25", "<0.001"});
        PdfLayoutTest.twoColumns(f, 190);
        String text = extract(f);
        assertTrue(text.contains("Variable\tHR\t95% CI\tP\nClinical factors\t\t\t\nAge, per decade\t1.08\t0.97-1.20\t0.15\nTumour stage\t\t\t\n"
                + "III versus II\t1.52\t1.10-2.09\t0.01\nIV versus II\t2.31\t1.64-3.25\t<0.001"), text);
        assertFalse(text.contains("Tumour stage\n"), text);
    }

    /** A group label as long as a column's text, inside a full-width table on a two-column page, stays in the table. */
    @Test
    void longGroupLabelInsideAFullWidthTableStaysInIt() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.text(72, 60, "Table 3. Marker levels by tumour features");
        float[] x = {72, 250, 330, 410, 500};
        rows(f, x, 80, 11, new String[] {"Feature", "Negative", "Low", "High", "P value"},
                new String[] {"Grade 1 to 2", "120 (40.1)", "98 (32.8)", "81 (27.1)", null},
                new String[] {"Grade 3", "61 (30.5)", "70 (35.0)", "69 (34.5)", "0.03"},
                new String[] {"Epidermal growth factor receptor staining intensity"},
                new String[] {"Absent", "150 (38.3)", "131 (33.4)", "111 (28.3)", null},
                new String[] {"Present", "31 (28.7)", "37 (34.3)", "40 (37.0)", "0.07"});
        PdfLayoutTest.twoColumns(f, 160);
        String text = extract(f);
        assertTrue(text.contains("Grade 3\t61 (30.5)\t70 (35.0)\t69 (34.5)\t0.03\n"
                + "Epidermal growth factor receptor staining intensity\t\t\t\t\nAbsent\t150 (38.3)"), text);
    }

    /**
     * Rows of a full-width table whose label is as long as a column's text but stops short of the gutter stay rows
     * of the table, not a label column read before a value column.
     */
    @Test
    void rowsWithLongLabelsStayInAFullWidthTable() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.text(72, 60, "Table 1. Characteristics of the patients at baseline");
        float[] x = {72, 320, 400, 480};
        rows(f, x, 80, 11, new String[] {"Characteristic", "Arm A", "Arm B", "P"},
                new String[] {"Age, years", "61.2", "63.0", "0.21"},
                new String[] {"Women", "48", "51", "0.64"},
                new String[] {"Prior lines of systemic therapy for metastatic disease", "2", "3", "0.08"},
                new String[] {"Measurable disease at baseline by central review", "40", "44", "0.52"});
        PdfLayoutTest.twoColumns(f, 160);
        String text = extract(f);
        assertTrue(text.contains("Women\t48\t51\t0.64\nPrior lines of systemic therapy for metastatic disease\t2\t3\t0.08\n"
                + "Measurable disease at baseline by central review\t40\t44\t0.52"), text);
    }

    /** A header line whose first cell is empty starts the table passage: its cells stay over their columns. */
    @Test
    void headerWithAnEmptyFirstCellStaysOverItsColumns() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.lines(72, 60, "Adjusted estimates are shown below for every factor that entered the final model.");
        f.text(72, 84, "Table 4. Factors associated with overall survival");
        f.text(PdfFixture.BOLD, 9, 72, 102, "Overall survival");
        float[] x = {72, 260, 330, 420};
        rows(f, x, 113, 11, new String[] {null, "HR", "95% CI", "P"},
                new String[] {"Nodal status: positive versus negative", "1.47", "1.12-1.93", "0.006"},
                new String[] {"Grade: 3 versus 1 to 2", "1.26", "0.98-1.62", "0.07"});
        org.oncoev.corpus.Document d = new PdfDocumentReader().read("t.pdf", f.bytes());
        org.oncoev.corpus.table.Table t = d.passages().stream().filter(p -> p.table() != null).findFirst()
                .orElseThrow(() -> new AssertionError(d.sourceText())).table();
        assertTrue(t.columnHeader(1).endsWith("HR"), t.toString());
        assertTrue(t.columnHeader(3).endsWith("P"), t.toString());
        assertTrue(t.bodyRows().get(0).at(1).orElseThrow().text().equals("1.47"), t.toString());
    }

    /** A row whose cells happen to be evenly spaced reads like a justified line; between table rows it is a row. */
    @Test
    void evenlySpacedRowBetweenTableRowsIsARow() throws Exception {
        PdfFixture f = new PdfFixture().page();
        String[] even = {"Weight, kg", "71.5", "69.2", "0.38"};
        float[] x = new float[4]; // columns where this row's cells fall 14 pt apart
        x[0] = 72;
        for (int c = 1; c < 4; c++) x[c] = x[c - 1] + PdfFixture.width(PdfFixture.REGULAR, 9, even[c - 1]) + 14;
        rows(f, x, 90, 11, new String[] {"Feature", "Arm A", "Arm B", "P"}, even,
                new String[] {"Smokers", "22", "25", "0.61"}, new String[] {"Diabetes", "9", "7", "0.80"});
        String text = extract(f);
        assertTrue(text.contains("Feature\tArm A\tArm B\tP\nWeight, kg\t71.5\t69.2\t0.38\nSmokers\t22\t25\t0.61\n"), text);
    }

    /** A two-line row label whose values are set on its last line (cells aligned to the bottom). */
    @Test
    void twoLineLabelWithValuesOnItsLastLineIsOneRow() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float[] x = {72, 220, 290, 360};
        float y = rows(f, x, 90, 11, new String[] {"Measure", "Arm A", "Arm B", "P"},
                new String[] {"Distal margin (mm)", "24.1", "26.8", "0.44"},
                new String[] {"Distance to the mesorectal"},
                new String[] {"fascia (mm)", "4.6", "5.9", "0.27"},
                new String[] {"Lymph nodes removed", "14", "13", "0.52"});
        String text = extract(f);
        assertTrue(text.contains("Distance to the mesorectal fascia (mm)\t4.6\t5.9\t0.27\nLymph nodes removed"), text);
    }

    /** A row label broken after a hyphen keeps the hyphen and no space, also before a capital. */
    @Test
    void labelBrokenAfterAHyphenIsOneWord() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float[] x = {72, 220, 290, 360};
        rows(f, x, 90, 11, new String[] {"Metabolite", "Arm A", "Arm B", "P"},
                new String[] {"Lactate (mM)", "1.9", "2.2", "0.31"},
                new String[] {"Beta-"},
                new String[] {"Hydroxybutyrate (mM)", "0.4", "0.6", "0.08"},
                new String[] {"Glucose (mM)", "5.1", "5.3", "0.62"});
        String text = extract(f);
        assertTrue(text.contains("Beta-Hydroxybutyrate (mM)\t0.4\t0.6\t0.08\nGlucose"), text);
    }

    /** A group row as wide as the table, set as tightly as its rows, stays in the table (with or without columns). */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void wideGroupRowBetweenRowsStaysInTheTable(boolean twoColumns) throws Exception {
        PdfFixture f = new PdfFixture().page();
        float[] x = {72, 250, 380, 500};
        rows(f, x, 80, 11, new String[] {"Event", "Arm A", "Arm B", "P"});
        // set further below the header (a rule between) than the rows are from each other
        f.text(PdfFixture.REGULAR, 9, 72, 97, "Events recorded during the maintenance phase of treatment (n = 180 and n = 176 patients)");
        rows(f, x, 108, 11, new String[] {"Rash", "14", "9", "0.31"}, new String[] {"Cough", "21", "19", "0.77"},
                new String[] {"Oedema", "6", "11", "0.24"});
        if (twoColumns) PdfLayoutTest.twoColumns(f, 190);
        String text = extract(f);
        assertTrue(text.contains("Event\tArm A\tArm B\tP\n"
                + "Events recorded during the maintenance phase of treatment (n = 180 and n = 176 patients)\t\t\t\n"
                + "Rash\t14\t9\t0.31\nCough\t21\t19\t0.77\nOedema\t6\t11\t0.24"), text);
    }

    /** Tables alike at the top of two pages share a header row; it is the tables' header, not a running head. */
    @Test
    void sameHeaderRowAtTheTopOfPagesIsKept() throws Exception {
        PdfFixture f = new PdfFixture();
        float[] x = {72, 250, 330, 410};
        String[][] cells = {{"Site", "12", "15", "0.58"}, {"Bone", "7", "4", "0.36"}};
        for (int page = 0; page < 2; page++) {
            f.page();
            rows(f, x, 50, 11, new String[] {"Variable", "Arm A (n = 52)", "Arm B (n = 50)", "P"}, cells[page],
                    new String[] {"Total", "19", "19", null});
            f.lines(72, 120, "Counts are given per patient and each patient is counted once in every row.",
                    "Differences between the arms were tested with the exact test for small numbers.",
                    "No adjustment for multiple comparisons was made in this exploratory table.");
        }
        String text = extract(f);
        int first = text.indexOf("Variable\tArm A (n = 52)\tArm B (n = 50)\tP\nSite");
        assertTrue(first >= 0 && text.indexOf("Variable\tArm A (n = 52)\tArm B (n = 50)\tP\nBone") > first, text);
    }
}
