package org.oncoev.corpus.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Layout of PDFs built in the test: columns, hyphens, running lines, superscripts, tables, headings. */
class PdfLayoutTest {
    static final String[] LEFT = {
            "The median overall survival was 14.2 months in",
            "the combination arm and 9.8 months in the control",
            "arm, with a hazard ratio of 0.71 (95% CI,",
            "0.58-0.87; P = .001). Grade 3 or higher adverse",
            "events occurred in 41% of the treated patients."};
    static final String[] RIGHT = {
            "Progression-free survival favoured the combination",
            "group, with a median of 6.1 months versus 4.3",
            "months. The objective response rate was 38% in",
            "the experimental group and 22% in the control",
            "group among the 412 randomly assigned patients."};

    static String extract(byte[] pdf) throws Exception {
        return new PdfTextExtractor().extract(pdf).text();
    }

    /** Two columns drawn row by row (left, right, left, ...) so stream order interleaves them. */
    static PdfFixture twoColumns(PdfFixture f, float top) {
        for (int i = 0; i < LEFT.length; i++) {
            f.text(72, top + 12 * i, LEFT[i]);
            f.text(320, top + 12 * i, RIGHT[i]);
        }
        return f;
    }

    @Test
    void twoColumnsReadLeftThenRightWithoutInterleaving() throws Exception {
        String text = extract(twoColumns(new PdfFixture().page(), 100).bytes());
        assertEquals(String.join(" ", LEFT) + "\n\n" + String.join(" ", RIGHT), text);
    }

    @Test
    void fullWidthTitleThenColumns() throws Exception {
        PdfFixture f = new PdfFixture().page()
                .text(PdfFixture.BOLD, 16, 72, 60, "A Randomised Trial of an Invented Regimen in Advanced Disease");
        String text = extract(twoColumns(f, 100).bytes());
        assertTrue(text.startsWith("A Randomised Trial of an Invented Regimen in Advanced Disease\n\nThe median overall"), text);
        assertTrue(text.indexOf("treated patients.") < text.indexOf("Progression-free survival favoured"), text);
    }

    static Stream<Arguments> hyphenCases() {
        return Stream.of(
                Arguments.of("Patients with measurable disease were assessed for tumour progres-",
                        "sion every eight weeks by independent central review.", "for tumour progression every eight"),
                Arguments.of("The primary end point was investigator-assessed progression-",
                        "free survival in the intention-to-treat population of the trial.", "assessed progression-free survival in"),
                Arguments.of("All patients received oxaliplatin, leucovorin and infusional 5-",
                        "FU every two weeks until progression or unacceptable toxicity.", "infusional 5-FU every two"),
                Arguments.of("The confidence interval for the median survival ranged from 11.0\u2013",
                        "17.5 months in the per-protocol population of the study.", "from 11.0\u201317.5 months"),
                Arguments.of("The benefit was largest in the subgroup of patients with BRAF-",
                        "activating mutations and in those with a normal baseline level.", "with BRAF-activating mutations"),
                Arguments.of("In the control arm the patients received the FOL-",
                        "FOX regimen, and FOLFOX was continued until disease progression.", "received the FOLFOX regimen,"),
                Arguments.of("Scans were uploaded to the Tumor-",
                        "Scope server, and TumorScope returned the segmented lesions overnight.", "to the TumorScope server"),
                Arguments.of("Scans were uploaded to the Tumor-",
                        "Board portal before every meeting of the local review group.", "to the Tumor-Board portal"),
                Arguments.of("The response rate was higher in the subgroup of HER2-",
                        "positive tumours than in the subgroup of negative tumours.", "of HER2-positive tumours"),
                Arguments.of("Treatment was discontinued in the experimental arm because of unaccept-",
                        "able toxicity in nine of the enrolled patients at the first site.", "because of unacceptable toxicity"));
    }

    @ParameterizedTest
    @MethodSource("hyphenCases")
    void lineEndHyphens(String first, String second, String expected) throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.lines(72, 100, first, second);
        String text = extract(f.bytes());
        assertTrue(text.contains(expected), text);
        assertFalse(text.contains("\n"), text);
    }

    @Test
    void runningHeadersFootersPageNumbersAndStampsAreRemoved() throws Exception {
        PdfFixture f = new PdfFixture();
        String[] bodies = {"Enrolment opened in March and closed after 240 patients had been randomly assigned.",
                "The data cut-off for the primary analysis occurred after 180 deaths had been observed.",
                "Quality of life was assessed with a validated questionnaire at baseline and every cycle."};
        for (int p = 0; p < 3; p++) {
            f.page().text(72, 40, "Invented Journal of Clinical Oncology 2024; 12: " + (101 + p));
            f.lines(72, 100, bodies[p], "Further details are given in the supplementary appendix of this report.");
            f.text(250, 750, "Page " + (p + 1) + " of 3");
            f.text(72, 770, "Downloaded from example.org on " + (p + 3) + " May 2024");
        }
        PdfTextExtractor.Extraction e = new PdfTextExtractor().extract(f.bytes());
        String text = e.text();
        for (String gone : new String[]{"Invented Journal", "Page ", "Downloaded"}) assertFalse(text.contains(gone), text);
        for (String body : bodies) assertTrue(text.contains(body), text);
        assertEquals(3, e.pageStarts().length);
        for (int p = 0; p < 3; p++) assertTrue(text.startsWith(bodies[p], e.pageStarts()[p]), "page " + (p + 1));
    }

    @Test
    void superscriptCitationsAndPowersBecomeGroups() throws Exception {
        PdfFixture f = new PdfFixture().page();
        String a = "Anthracyclines remain a standard option in this setting";
        String b = " and epirubicin was given at 60 mg/m";
        String c = " on day 1 of each cycle in both arms.";
        float x = 72;
        f.text(PdfFixture.REGULAR, 10, x, 100, a);
        x += PdfFixture.width(PdfFixture.REGULAR, 10, a);
        f.text(PdfFixture.REGULAR, 6, x, 96.5f, "12,13");
        x += PdfFixture.width(PdfFixture.REGULAR, 6, "12,13");
        f.text(PdfFixture.REGULAR, 10, x, 100, b);
        x += PdfFixture.width(PdfFixture.REGULAR, 10, b);
        f.text(PdfFixture.REGULAR, 6, x, 96.5f, "2");
        x += PdfFixture.width(PdfFixture.REGULAR, 6, "2");
        f.text(PdfFixture.REGULAR, 10, x, 100, c);
        assertEquals(a + "^{12,13}" + b + "^{2}" + c, extract(f.bytes()));
    }

    @Test
    void tableRowsKeepCellsApartAndCaptionIsItsOwnParagraph() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.lines(72, 80, "Efficacy results were consistent across all prespecified subgroups of the trial.");
        f.text(72, 120, "Table 2. Efficacy outcomes in the intention-to-treat population");
        String[][] rows = {{"Outcome", "Treatment", "Control"}, {"Median OS, months", "14.2", "9.8"},
                {"Objective response, %", "38", "22"}};
        for (int r = 0; r < rows.length; r++)
            for (int c = 0; c < 3; c++) f.text(72 + 180 * c, 145 + 14 * r, rows[r][c]);
        f.lines(72, 210, "Safety findings are described in the next section together with dose reductions.");
        String text = extract(f.bytes());
        assertEquals("Efficacy results were consistent across all prespecified subgroups of the trial.\n\n"
                + "Table 2. Efficacy outcomes in the intention-to-treat population\n\n"
                + "Outcome\tTreatment\tControl\nMedian OS, months\t14.2\t9.8\nObjective response, %\t38\t22\n\n"
                + "Safety findings are described in the next section together with dose reductions.", text);
    }

    @Test
    void boldHeadingIsItsOwnParagraph() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.lines(72, 80, "Patients were stratified by performance status and by geographic region of enrolment.");
        f.text(PdfFixture.BOLD, 11, 72, 110, "2.3. Statistical Analysis");
        f.lines(72, 128, "Survival was estimated with the Kaplan-Meier method and compared with the log-rank test.",
                "Hazard ratios were estimated with a stratified Cox proportional hazards model for each end point.");
        String text = extract(f.bytes());
        assertTrue(text.contains("region of enrolment.\n\n2.3. Statistical Analysis\n\nSurvival was estimated"), text);
        assertTrue(text.contains("log-rank test. Hazard ratios"), text);
    }
}
