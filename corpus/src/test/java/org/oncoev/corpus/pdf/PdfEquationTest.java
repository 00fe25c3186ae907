package org.oncoev.corpus.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Stacked fractions in PDFs built with PDFBox: a display equation's numerator and denominator are read in
 * order inside the equation's row and the equation stays in its sentence; an inline fraction set small
 * keeps its denominator next to its numerator; a column of equal small lines beside a large heading is no fraction.
 */
class PdfEquationTest {
    private static final String[] BEFORE = {
            "Uptake in each culture was summarised by a single dimensionless ratio that compares the",
            "two transport rates measured in the first hour of incubation, defined as"};
    private static final String[] AFTER = {
            "where ku is the uptake rate and kd the decay rate of the tracer. A ratio above one",
            "means that uptake outpaces decay over the first hour in every culture we examined."};

    @Test
    void displayFractionIsReadNumeratorThenDenominatorInsideItsSentence() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float y = f.lines(72, 100, BEFORE);
        float main = y + 14;
        float x = 260;
        f.text(x, main, "R =");
        float num = x + PdfFixture.width(PdfFixture.REGULAR, 10, "R =") + 3;
        f.text(PdfFixture.REGULAR, 10, num, main - 7, "ku + kd");
        f.text(PdfFixture.REGULAR, 10, num + 8, main + 7.5f, "2 kd");
        f.text(500, main, "(1)");
        f.lines(72, main + 26, AFTER);
        String text = PdfFidelityTest.extract(f).replaceAll("\\s+", " ");
        assertTrue(text.contains("defined as R = ku + kd 2 kd (1) where ku is the uptake rate"), text);
    }

    @Test
    void smallInlineFractionKeepsItsDenominatorAfterItsNumerator() throws Exception {
        PdfFixture f = new PdfFixture().page();
        String before = "The change in tracer content ", after = " was computed for every culture from";
        f.text(72, 100, "Cultures were sampled every ten minutes during the first hour of the incubation.");
        f.text(72, 112, before);
        float x = 72 + PdfFixture.width(PdfFixture.REGULAR, 10, before);
        f.text(PdfFixture.REGULAR, 6, x, 109.5f, "dC(t)");
        f.text(PdfFixture.REGULAR, 6, x + 2, 115.5f, "dt");
        f.text(x + PdfFixture.width(PdfFixture.REGULAR, 6, "dC(t)") + 1, 112, after);
        f.text(72, 124, "the counts of three replicate wells and their mean was used in the model below.");
        String text = PdfFidelityTest.extract(f).replaceAll("\\s+", " ");
        assertTrue(text.contains("The change in tracer content dC(t) dt was computed for every culture from the counts"), text);
    }

    @Test
    void fractionsUnderAnIntegralLimitAreReadInTheEquationRow() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float y = f.lines(72, 100, BEFORE);
        float main = y + 20;
        // numerators 6.6 pt above the relation row, denominators 7 pt below; the integral sign and its upper limit
        // sit above the numerators, its lower limit below the row
        f.text(200, main - 6.6f, "dN");
        f.text(203, main + 7, "dt");
        f.text(216, main, "=");
        f.text(224, main - 6.6f, "aN");
        f.text(228, main + 7, "2");
        f.text(239, main, "+");
        f.text(247, main - 6.6f, "bN");
        f.text(251, main + 7, "x");
        f.text(262, main - 13.4f, "S");
        f.text(PdfFixture.REGULAR, 6, 270, main - 11, "L");
        f.text(PdfFixture.REGULAR, 6, 266, main + 9, "0");
        f.text(276, main, "k N(x)dx");
        f.text(500, main, "(2)");
        f.lines(72, main + 26, AFTER);
        String text = PdfFidelityTest.extract(f).replaceAll("\\s+", " ");
        assertTrue(text.contains("defined as dN dt = aN 2 + bN x S L 0 k N(x)dx (2) where ku is the uptake rate"), text);
    }

    @Test
    void accentAboveTheRelationRowDoesNotMoveItsBaseline() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float y = f.lines(72, 100, BEFORE);
        float main = y + 20;
        f.text(260, main - 2.2f, "_"); // a dot accent its font maps to an underscore, set higher: the row's first glyph
        f.text(258, main, "R =");
        float num = 258 + PdfFixture.width(PdfFixture.REGULAR, 10, "R =") + 3;
        f.text(num, main - 6, "ku + kd");
        f.text(num + 8, main + 7.5f, "2 kd");
        f.text(500, main, "(1)");
        f.lines(72, main + 26, AFTER);
        String text = PdfFidelityTest.extract(f).replaceAll("\\s+", " ");
        assertTrue(text.contains("= ku + kd 2 kd (1) where ku is the uptake rate"), text);
    }

    @Test
    void smallFractionsInACaptionAreNoScripts() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.lines(72, 100, BEFORE);
        float y = 140, small = 4.8f;
        String lead = "Fig 4. A wave, f = sin";
        f.text(PdfFixture.REGULAR, 8, 72, y, lead);
        // s over Tv, then a plus, then t over Tp: numerators 2.9 pt above the caption's baseline, denominators 2.7 pt below
        float x = 72 + PdfFixture.width(PdfFixture.REGULAR, 8, lead) + 4;
        float wide = PdfFixture.width(PdfFixture.REGULAR, small, "Tv");
        f.text(PdfFixture.REGULAR, small, x + (wide - PdfFixture.width(PdfFixture.REGULAR, small, "s")) / 2, y - 2.9f, "s");
        f.text(PdfFixture.REGULAR, small, x, y + 2.7f, "Tv");
        float plus = x + wide + 2;
        f.text(PdfFixture.REGULAR, 8, plus, y, "+");
        float x2 = plus + PdfFixture.width(PdfFixture.REGULAR, 8, "+") + 1.5f;
        f.text(PdfFixture.REGULAR, small, x2, y + 2.7f, "Tp");
        f.text(PdfFixture.REGULAR, small, x2 + (wide - PdfFixture.width(PdfFixture.REGULAR, small, "t")) / 2, y - 2.9f, "t");
        f.text(PdfFixture.REGULAR, 8, x2 + wide + 1, y, ". The values of f over one period of the wave.");
        String text = PdfFidelityTest.extract(f).replaceAll("\\s+", " ");
        assertTrue(text.contains("f = sin s Tv + t Tp . The values"), text);
    }

    @Test
    void columnOfSmallLinesBesideALargeHeadingIsNoFraction() throws Exception {
        PdfFixture f = new PdfFixture().page();
        String[] margin = {"Received: 2 March; accepted: 9 May of the", "year; published: 1 June of the same year.",
                "Copyright: the authors. This is an open", "access article that anyone may reuse."};
        for (int i = 0; i < margin.length; i++) f.text(PdfFixture.REGULAR, 8, 36, 200 + 10 * i, margin[i]);
        f.lines(200, 200, "The growth of every culture was counted each morning for three weeks, and all",
                "of the counts were entered twice by two people who did not know the culture.",
                "Cultures were kept either in the dark or in the light for the whole study.");
        f.text(PdfFixture.REGULAR, 8, 200, 282, "* corresponding author: someone@example.org");
        for (int i = 0; i < 4; i++) f.text(36, 300 + 11.5f * i, "z7777777"); // a margin column, its third line on the heading's baseline
        f.text(PdfFixture.BOLD, 14.5f, 200, 323, "Summary");
        f.lines(200, 345, "Cultures kept in the dark grew more slowly than those kept in the light, and",
                "the difference was largest in the second week of the three weeks of the study.");
        String text = PdfFidelityTest.extract(f);
        assertTrue(text.contains("someone@example.org\n\nSummary\n\nCultures kept in the dark"), text);
    }
}
