package org.oncoev.corpus.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Publisher-layout fidelity on PDFs built in the test: a text matrix that scales a 1-pt font, exponents,
 * no-break spaces, a plus-minus drawn as two stacked glyphs, small print beside the body, a drop cap,
 * a heading at body size in bold, and a page whose text lies far off the page.
 */
class PdfFidelityTest {
    static String extract(PdfFixture f) throws Exception {
        return new PdfTextExtractor().extract(f.bytes()).text();
    }

    /** Draws {@code parts} one after another on one baseline: {size, raise, font, text} each. */
    static void run(PdfFixture f, boolean scaled, float x, float y, Object[]... parts) {
        for (Object[] p : parts) {
            float size = (Float) p[0], raise = (Float) p[1];
            var font = (org.apache.pdfbox.pdmodel.font.PDFont) p[2];
            String text = (String) p[3];
            if (scaled) f.scaledText(font, size, x, y - raise, text);
            else f.text(font, size, x, y - raise, text);
            x += PdfFixture.width(font, size, text);
        }
    }

    static Object[] part(float size, float raise, org.apache.pdfbox.pdmodel.font.PDFont font, String text) {
        return new Object[] {size, raise, font, text};
    }

    static Stream<Arguments> drawModes() {
        return Stream.of(Arguments.of(false), Arguments.of(true));
    }

    @ParameterizedTest(name = "scaled text matrix: {0}")
    @MethodSource("drawModes")
    void scaledTextMatrixReadsLikePlainText(boolean scaled) throws Exception {
        PdfFixture f = new PdfFixture().page();
        String[] left = PdfLayoutTest.LEFT, right = PdfLayoutTest.RIGHT;
        for (int i = 0; i < left.length; i++) {
            run(f, scaled, 72, 100 + 12 * i, part(10f, 0f, PdfFixture.REGULAR, left[i]));
            run(f, scaled, 320, 100 + 12 * i, part(10f, 0f, PdfFixture.REGULAR, right[i]));
        }
        run(f, scaled, 72, 200, part(10f, 0f, PdfFixture.REGULAR, "Patients in the experimental arm were treated until progres-"));
        run(f, scaled, 72, 212, part(10f, 0f, PdfFixture.REGULAR, "sion or unacceptable toxicity occurred in either arm."));
        String text = extract(f);
        assertEquals(String.join(" ", left) + "\n\nPatients in the experimental arm were treated until progression or"
                + " unacceptable toxicity occurred in either arm.\n\n" + String.join(" ", right), text);
    }

    @ParameterizedTest(name = "scaled text matrix: {0}")
    @MethodSource("drawModes")
    void exponentAndSubscriptStayWithTheirNumber(boolean scaled) throws Exception {
        PdfFixture f = new PdfFixture().page();
        run(f, scaled, 72, 100, part(10f, 0f, PdfFixture.REGULAR, "The interaction was significant (p = 3.2 \u00d7 10"),
                part(7f, 4f, PdfFixture.UNICODE, "\u22124"), part(10f, 0f, PdfFixture.REGULAR, ") in the adjusted model."));
        run(f, scaled, 72, 130, part(10f, 0f, PdfFixture.REGULAR, "Clearance was lower and the C"),
                part(7f, -2f, PdfFixture.REGULAR, "max"), part(10f, 0f, PdfFixture.REGULAR, " was reached within two hours."));
        String text = extract(f);
        assertTrue(text.contains("(p = 3.2 \u00d7 10^{\u22124}) in the adjusted model."), text);
        assertTrue(text.contains("the Cmax was reached within two hours."), text);
    }

    @Test
    void noBreakSpaceIsASpace() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.text(PdfFixture.UNICODE, 10, 72, 100, "Similar rates were reported by Jones et\u00a0al. in an earlier cohort.");
        String text = extract(f);
        assertEquals("Similar rates were reported by Jones et al. in an earlier cohort.", text);
    }

    @Test
    void stackedPlusAndMinusAreOnePlusMinusSign() throws Exception {
        PdfFixture f = new PdfFixture().page();
        String a = "The mean inhibition constant was 11.21 ";
        float x = 72 + PdfFixture.width(PdfFixture.REGULAR, 10, a);
        f.text(72, 100, a);
        f.text(PdfFixture.REGULAR, 10, x, 99, "+");
        f.text(PdfFixture.UNICODE, 10, x, 103, "\u2212");
        f.text(x + PdfFixture.width(PdfFixture.REGULAR, 10, "+ "), 100, "0.74 nM in the first assay.");
        f.text(72, 112, "The second assay gave a similar value for the same compound.");
        String text = extract(f);
        assertTrue(text.startsWith("The mean inhibition constant was 11.21 \u00b1 0.74 nM in the first assay."), text);
        assertFalse(text.contains("\u2212"), text);
    }

    @Test
    void smallPrintBesideBodyTextIsNotASuperscript() throws Exception {
        PdfFixture f = new PdfFixture().page();
        String small = "Received in revised form 3 March 2024; accepted 9 May 2024; available online 1 June";
        String body = "Overall survival was longer in the treatment group than in the control group.";
        f.text(PdfFixture.REGULAR, 7, 72, 196, small);
        f.text(72, 200, body);
        String text = extract(f);
        assertFalse(text.contains("^{"), text);
        assertTrue(text.contains(small) && text.contains(body), text);
    }

    @Test
    void dropCapDoesNotMergeTheColumns() throws Exception {
        PdfFixture f = new PdfFixture().page();
        String[] left = {"he median follow-up was 26 months", "at the time of the primary analysis,",
                "and 212 deaths had been reported", "across both arms of the trial by the", "data cut-off for this report."};
        String[] right = {"Adverse events of grade 3 or higher", "occurred in 41% of the patients who",
                "received the combination and in 28%", "of those who received the control", "treatment during the study."};
        f.text(PdfFixture.BOLD, 36, 72, 124, "T");
        for (int i = 0; i < left.length; i++) {
            f.text(i < 3 ? 100 : 72, 100 + 12 * i, left[i]);
            f.text(300, 100 + 12 * i, right[i]);
        }
        String text = extract(f);
        assertTrue(text.startsWith("T" + String.join(" ", left) + "\n\n"), text);
        assertTrue(text.endsWith(String.join(" ", right)), text);
        assertTrue(text.indexOf("data cut-off") < text.indexOf("Adverse events"), text);
        assertFalse(text.contains("\t"), text);
    }

    @ParameterizedTest(name = "scaled text matrix: {0}")
    @MethodSource("drawModes")
    void boldHeadingAtBodySizeIsItsOwnParagraph(boolean scaled) throws Exception {
        PdfFixture f = new PdfFixture().page();
        run(f, scaled, 72, 100, part(9.46f, 0f, PdfFixture.REGULAR, "Patients were stratified by performance status and by region."));
        run(f, scaled, 72, 124, part(9.46f, 0f, PdfFixture.BOLD, "Statistical analysis"));
        run(f, scaled, 72, 138, part(9.46f, 0f, PdfFixture.REGULAR, "Survival was estimated with the Kaplan-Meier method and compared"));
        run(f, scaled, 72, 150, part(9.46f, 0f, PdfFixture.REGULAR, "between the arms with a stratified log-rank test."));
        String text = extract(f);
        assertTrue(text.contains("by region.\n\nStatistical analysis\n\nSurvival was estimated"), text);
        assertTrue(text.contains("compared between the arms"), text);
    }

    @Test
    void gutterSearchEndsOnAPageWithTextFarOffThePage() {
        List<List<Piece>> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Glyph near = new Glyph("a", 72, 100 + 12 * i, 200, 10, false, false);
            Glyph far = new Glyph("b", 40_000_000f, 100 + 12 * i, 200, 10, false, false);
            rows.add(List.of(new Piece(List.of(near), near.x, near.end()), new Piece(List.of(far), far.x, far.end())));
        }
        int[] ticks = {0};
        float gutter = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> PageLayout.gutter(rows, () -> ticks[0]++));
        assertTrue(ticks[0] > 0, "deadline checked while searching");
        assertTrue(Float.isNaN(gutter) || gutter > 272 && gutter < 40_000_000f, "gutter " + gutter);
    }

    @Test
    void fullWidthTableAtTheTopOfATwoColumnPageIsReadAsWholeRows() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.text(72, 60, "Table 1. Response and survival by treatment group");
        float[] x = {72, 250, 380, 500};
        String[][] rows = {{null, "Combination", "Control", "P value"},
                {"Objective response, %", "38", "22", "0.004"},
                {"Median progression-free", "6.1", "4.3", "<0.001"},
                {"survival, months", null, null, null},
                {"Median overall survival, months", "14.2", "9.8", "0.01"}};
        for (int r = 0; r < rows.length; r++)
            for (int c = 0; c < 4; c++)
                if (rows[r][c] != null) f.text(PdfFixture.REGULAR, 9, x[c], 80 + 11 * r, rows[r][c]);
        PdfLayoutTest.twoColumns(f, 160);
        String text = extract(f);
        assertTrue(text.contains("\tCombination\tControl\tP value\n"
                + "Objective response, %\t38\t22\t0.004\n"
                + "Median progression-free survival, months\t6.1\t4.3\t<0.001\n"
                + "Median overall survival, months\t14.2\t9.8\t0.01\n\n"), text);
        assertTrue(text.contains(String.join(" ", PdfLayoutTest.LEFT) + "\n\n" + String.join(" ", PdfLayoutTest.RIGHT)), text);
        assertTrue(text.indexOf("0.01") < text.indexOf("The median overall survival"), text);
    }

    @Test
    void boldHeaderLineOfATableIsPartOfTheTableNotAHeading() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.lines(72, 80, "Adverse events were graded with the common terminology criteria in both arms.");
        f.text(72, 110, "Table 3. Adverse events of grade 3 or higher");
        f.text(PdfFixture.BOLD, 10, 72, 130, "Haematological events");
        String[][] rows = {{"Neutropenia", "12", "4"}, {"Anaemia", "7", "3"}};
        for (int r = 0; r < rows.length; r++)
            for (int c = 0; c < 3; c++) f.text(72 + 180 * c, 144 + 14 * r, rows[r][c]);
        f.text(PdfFixture.BOLD, 11, 72, 210, "Discussion");
        f.lines(72, 228, "The safety profile was consistent with earlier reports of the combination.");
        String text = extract(f);
        assertTrue(text.contains("Table 3. Adverse events of grade 3 or higher\n\n"
                + "Haematological events\nNeutropenia\t12\t4\nAnaemia\t7\t3\n\nDiscussion\n\nThe safety profile"), text);
    }

    @Test
    void sentenceCutByAFloatIsJoinedAndTheFloatFollowsIt() throws Exception {
        PdfFixture f = new PdfFixture().page();
        String[] left = {"Survival in this cohort compared well with the", "earlier reports, which gave overall survival",
                "times of 10.7 months and 8.4 months for both", "of the regimens given as first-line treatment"};
        String[] right = {"in a previous randomised study of the same", "combination in patients with advanced disease.",
                "Toxicity was manageable in most of the patients", "and no new safety signals were observed."};
        for (int i = 0; i < left.length; i++) f.text(72, 600 + 12 * i, left[i]);
        f.text(320, 100, "Figure 2. Overall survival by treatment group");
        for (int i = 0; i < right.length; i++) f.text(320, 130 + 12 * i, right[i]);
        // fill the rest of both columns so that the page is read as two columns
        for (int i = 0; i < 5; i++) {
            f.text(72, 100 + 12 * i, PdfLayoutTest.LEFT[i]);
            f.text(320, 300 + 12 * i, PdfLayoutTest.RIGHT[i]);
        }
        String text = extract(f);
        assertTrue(text.contains(String.join(" ", left) + " " + String.join(" ", right) + "\n\n"
                + "Figure 2. Overall survival by treatment group\n\n"), text);
    }

    @Test
    void sentenceCutAfterACommaByAFloatAtThePageTopGoesOnInCapitals() throws Exception {
        String[] before = {"Progression was assessed every eight weeks by the treating investigators, and the",
                "two groups differed in the time to progression (Median A = 4.2 months,"};
        String[] after = {"Median B = 3.1 months, p = 0.04), a difference that held in all of the subgroups",
                "that had been defined before the start of the trial by the steering committee."};
        PdfFixture f = new PdfFixture().page();
        f.lines(72, 600, before);
        f.page();
        f.text(72, 80, "Figure 3. Time to progression by treatment group");
        f.lines(72, 110, after);
        String text = extract(f).replaceAll("\\s+", " ");
        assertTrue(text.contains(String.join(" ", before) + " " + String.join(" ", after)
                + " Figure 3. Time to progression"), text);
    }

    @Test
    void pageFootNoteBetweenTheHalvesOfASentenceFollowsIt() throws Exception {
        String[] before = {"Enrolment was stopped early by the data monitoring committee after the second interim",
                "analysis showed a clear benefit in the primary end point, and the patients still on the"};
        String[] after = {"control treatment were offered the combination at the time of their next scheduled visit",
                "to the trial centre, which most of them accepted."};
        PdfFixture f = new PdfFixture().page();
        f.lines(72, 660, before);
        f.text(PdfFixture.REGULAR, 8, 72, 740, "* Correspondence: trial.office@example.org");
        f.page();
        f.lines(72, 80, after);
        String text = extract(f).replaceAll("\\s+", " ");
        assertTrue(text.contains(String.join(" ", before) + " " + String.join(" ", after)
                + " * Correspondence: trial.office@example.org"), text);
    }

    @Test
    void firstPageDoiLineStaysOutOfTheSentenceItInterrupts() throws Exception {
        PdfFixture f = new PdfFixture().page();
        String[] left = {"Tumour samples were collected before the first", "dose and again at the time of disease",
                "progression in all of the patients who consented", "to take part in the optional biomarker part of the"};
        String[] right = {"protocol, and they were stored centrally until", "the final analysis of the study was done.",
                "Archival tissue was accepted when no fresh", "biopsy could be obtained at screening."};
        for (int i = 0; i < 5; i++) f.text(72, 100 + 12 * i, PdfLayoutTest.LEFT[i]);
        for (int i = 0; i < left.length; i++) f.text(72, 680 + 12 * i, left[i]);
        f.text(PdfFixture.REGULAR, 7, 72, 740, "https://doi.org/10.0000/invented.2024.0042");
        for (int i = 0; i < right.length; i++) f.text(320, 100 + 12 * i, right[i]);
        for (int i = 0; i < 5; i++) f.text(320, 200 + 12 * i, PdfLayoutTest.RIGHT[i]);
        String text = extract(f);
        // the sentence is whole, and the link line follows its paragraph (furniture, not body)
        assertTrue(text.contains(String.join(" ", left) + " " + right[0] + " " + right[1]
                + "\n\nhttps://doi.org/10.0000/invented.2024.0042\n\n" + right[2]), text);
    }

    @Test
    void sentenceCutByATableWithNotesInAMarginLayoutIsJoined() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.text(PdfFixture.REGULAR, 8, 36, 90, "Editor: an invented name, an invented institute");
        String[] before = {"Grade 3 or higher neutropenia was the most frequent event in", "both arms and it was managed with dose delays in most of the",
                "patients, while febrile neutropenia occurred in a small part of"};
        String[] after = {"the patients given the combination and resolved without any", "lasting effect in all of them by the end of the study."};
        for (int i = 0; i < before.length; i++) f.text(200, 100 + 12 * i, before[i]);
        f.text(PdfFixture.REGULAR, 8, 36, 150, "Table 3. Adverse events of grade 3 or higher by treatment group in the safety population of the study.");
        String[][] rows = {{"Event", "Combination", "Control"}, {"Neutropenia", "31", "12"}, {"Diarrhoea", "9", "4"}};
        for (int r = 0; r < rows.length; r++)
            for (int c = 0; c < 3; c++) f.text(PdfFixture.REGULAR, 8, 36 + 160 * c, 166 + 11 * r, rows[r][c]);
        f.text(PdfFixture.REGULAR, 8, 36, 204, "*Counted once per patient at the highest grade.");
        f.text(PdfFixture.REGULAR, 8, 36, 215, "https://doi.org/10.0000/invented.t003");
        for (int i = 0; i < after.length; i++) f.text(200, 240 + 12 * i, after[i]);
        String text = extract(f);
        assertTrue(text.contains(String.join(" ", before) + " " + String.join(" ", after)), text);
        assertTrue(text.indexOf("end of the study.") < text.indexOf("Table 3."), text);
    }

    @ParameterizedTest(name = "scaled text matrix: {0}")
    @MethodSource("drawModes")
    void massNumberAndNegativePowerReachThePassageText(boolean scaled) throws Exception {
        PdfFixture f = new PdfFixture().page();
        run(f, scaled, 72, 100, part(10f, 0f, PdfFixture.REGULAR, "Uptake was imaged with "), part(7f, 4f, PdfFixture.REGULAR, "18"),
                part(10f, 0f, PdfFixture.REGULAR, "F-fluorodeoxyglucose and the dose was 4 MBq kg"),
                part(7f, 4f, PdfFixture.UNICODE, "\u22121"), part(10f, 0f, PdfFixture.REGULAR, " in every patient of the cohort."));
        run(f, scaled, 72, 112, part(10f, 0f, PdfFixture.REGULAR, "Scans were read centrally by two observers who did not know the arm."));
        org.oncoev.corpus.Document d = new PdfDocumentReader().read("scripts.pdf", f.bytes());
        String text = d.passages().stream().map(org.oncoev.corpus.Passage::text).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(text.contains("imaged with 18F-fluorodeoxyglucose and the dose was 4 MBq kg-1 in every patient"), text);
    }

    /**
     * Times Roman under another name (a maths symbol font of a typesetting system), its widths written out as
     * the font is no longer one of the standard 14 when read back.
     */
    static org.apache.pdfbox.pdmodel.font.PDFont renamed(String baseFont) throws java.io.IOException {
        var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.TIMES_ROMAN);
        var widths = new org.apache.pdfbox.cos.COSArray();
        for (int code = 32; code < 256; code++) widths.add(org.apache.pdfbox.cos.COSFloat.get(String.valueOf(font.getWidth(code))));
        var dict = font.getCOSObject();
        dict.setInt(org.apache.pdfbox.cos.COSName.FIRST_CHAR, 32);
        dict.setInt(org.apache.pdfbox.cos.COSName.LAST_CHAR, 255);
        dict.setItem(org.apache.pdfbox.cos.COSName.WIDTHS, widths);
        dict.setName(org.apache.pdfbox.cos.COSName.BASE_FONT, baseFont);
        return font;
    }

    @ParameterizedTest(name = "maths font {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ABCDEF+AdvP4C4E74", "TeX_CM_Maths_Symbols"})
    void mathsFontGlyphsNamedAfterLettersReadAsTheSignsTheyDraw(String mathsFont) throws Exception {
        var maths = renamed(mathsFont);
        PdfFixture f = new PdfFixture().page();
        run(f, false, 72, 100, part(10f, 0f, PdfFixture.REGULAR, "The difference was small (p"), part(10f, 0f, maths, "\u00bc"),
                part(10f, 0f, PdfFixture.REGULAR, "0.04) and the model was"));
        run(f, false, 72, 112, part(10f, 0f, PdfFixture.REGULAR, "G"), part(10f, 0f, maths, "\u00f0"), part(10f, 0f, PdfFixture.REGULAR, "x"),
                part(10f, 0f, maths, "\u00de"), part(10f, 0f, maths, " \u00bc "), part(10f, 0f, PdfFixture.REGULAR, "a "),
                part(10f, 0f, maths, "\u00fe"), part(10f, 0f, PdfFixture.REGULAR, " b for a quarter \u00bc of the dose."));
        String text = extract(f);
        assertTrue(text.contains("small (p=0.04) and the model was G(x) = a + b for a quarter 1\u20444 of the dose."), text);
    }

    /**
     * Times Roman whose code of {@code e} draws the en dash (its encoding says {@code endash}) while its Unicode
     * map says {@code e}, as Advent-typeset PDFs set the dash of ranges.
     */
    static org.apache.pdfbox.pdmodel.font.PDFont dashNamedE() throws java.io.IOException {
        var font = renamed("ABCDEF+AdvPS00DASH");
        var dict = font.getCOSObject();
        var differences = new org.apache.pdfbox.cos.COSArray();
        differences.add(org.apache.pdfbox.cos.COSInteger.get(101));
        differences.add(org.apache.pdfbox.cos.COSName.getPDFName("endash"));
        var encoding = new org.apache.pdfbox.cos.COSDictionary();
        encoding.setItem(org.apache.pdfbox.cos.COSName.BASE_ENCODING, org.apache.pdfbox.cos.COSName.WIN_ANSI_ENCODING);
        encoding.setItem(org.apache.pdfbox.cos.COSName.DIFFERENCES, differences);
        dict.setItem(org.apache.pdfbox.cos.COSName.ENCODING, encoding);
        String cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def\n"
                + "1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfchar <65> <0065> endbfchar\n"
                + "endcmap CMapName currentdict /CMap defineresource pop end end\n";
        var stream = new org.apache.pdfbox.cos.COSStream();
        try (var out = stream.createOutputStream()) {
            out.write(cmap.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        dict.setItem(org.apache.pdfbox.cos.COSName.TO_UNICODE, stream);
        return font;
    }

    @Test
    void letterWhoseGlyphIsAFlatBarReadsAsADash() throws Exception {
        var dash = dashNamedE();
        PdfFixture f = new PdfFixture().page();
        run(f, false, 72, 100, part(10f, 0f, PdfFixture.REGULAR, "Patients were aged 18"), part(10f, 0f, dash, "e"),
                part(10f, 0f, PdfFixture.REGULAR, "75 years and were seen between"));
        run(f, false, 72, 112, part(10f, 0f, PdfFixture.REGULAR, "weeks 2"), part(10f, 0f, dash, "e"),
                part(10f, 0f, PdfFixture.REGULAR, "6 of treatment, every one of them at home."));
        String text = extract(f);
        assertTrue(text.contains("aged 18\u201375 years and were seen between weeks 2\u20136 of treatment"), text);
    }
}
