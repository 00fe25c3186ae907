package org.oncoev.corpus.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Accents drawn as glyphs of their own in PDFs built with PDFBox: a dot over a letter that its font names an
 * underscore stays with its letter, a spacing accent over a letter combines with it, a ring after a number is a
 * degree sign, and a maths symbol font's zero that draws a prime reads as one.
 */
class PdfAccentTest {
    private static final float X = 72;

    /** Draws {@code before}, {@code letter}, an accent at {@code raise} over the letter, then {@code after}. */
    private static void accented(PdfFixture f, float y, String before, String letter, String accent, float raise, String after) {
        float x = X + PdfFixture.width(PdfFixture.REGULAR, 10, before);
        f.text(X, y, before);
        f.text(x, y, letter);
        float w = PdfFixture.width(PdfFixture.REGULAR, 10, letter), a = PdfFixture.width(PdfFixture.REGULAR, 10, accent);
        f.text(x + (w - a) / 2, y - raise, accent);
        f.text(x + w, y, after);
    }

    @Test
    void dotNamedUnderscoreOverALetterStaysAfterItsLetter() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.text(X, 100, "The growth of every culture was followed for two days in the chamber.");
        accented(f, 112, "Its rate ", "E", "_", 2.2f, "(t) was measured at noon and again at midnight.");
        f.text(X, 124, "Both values were kept for the model that we describe in the next section.");
        String text = PdfFidelityTest.extract(f);
        assertTrue(text.replaceAll("\\s+", " ").contains("chamber. Its rate E\u02d9(t) was measured at noon"), text);
        assertFalse(text.contains("_"), text);
    }

    @Test
    void dotOverALetterAtTheTopOfADisplayEquationStaysInItsRow() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.text(X, 100, "The rate of change of the stock follows from the balance of its two flows:");
        float y = 120;
        f.text(259, y - 2.4f, "_"); // the dot, named an underscore, drawn first and above the row's baseline
        f.text(258, y, "S = a - b");
        f.text(500, y, "(4)");
        f.text(X, 140, "where a is the inflow and b the outflow, both measured over one full day.");
        String text = PdfFidelityTest.extract(f).replaceAll("\\s+", " ");
        assertTrue(text.contains("two flows: S\u02d9 = a"), text);
    }

    @Test
    void spacingAccentOverALetterCombinesWithIt() throws Exception {
        PdfFixture f = new PdfFixture().page();
        accented(f, 100, "They met in a small caf", "e", "\u00b4", 0f, " near the station every morning.");
        accented(f, 112, "The sample came from M", "u", "\u00a8", 0f, "nster and was sent on the same day.");
        String text = PdfFidelityTest.extract(f);
        assertTrue(text.contains("small caf\u00e9 near the station"), text);
        assertTrue(text.contains("from M\u00fcnster and was sent"), text);
    }

    @Test
    void ringAfterANumberIsADegreeSign() throws Exception {
        PdfFixture f = new PdfFixture().page();
        String before = "Samples were kept at 30";
        float x = X + PdfFixture.width(PdfFixture.REGULAR, 10, before);
        f.text(X, 100, before);
        f.text(PdfFixture.UNICODE, 10, x, 100, "\u02da");
        f.text(x + PdfFixture.width(PdfFixture.UNICODE, 10, "\u02da"), 100, "C for two weeks before the assay.");
        String text = PdfFidelityTest.extract(f);
        assertTrue(text.contains("kept at 30\u00b0C for two weeks"), text);
    }

    @Test
    void zeroOfTheTexMathsSymbolFontIsAPrime() throws Exception {
        var maths = PdfFidelityTest.renamed("TeX_CM_Maths_Symbols");
        PdfFixture f = new PdfFixture().page();
        PdfFidelityTest.run(f, false, X, 100, PdfFidelityTest.part(10f, 0f, PdfFixture.REGULAR, "The flux at s"),
                PdfFidelityTest.part(10f, 0f, maths, "0"), PdfFidelityTest.part(10f, 0f, PdfFixture.REGULAR, " is the sum of 10 cells."));
        String text = PdfFidelityTest.extract(f);
        assertTrue(text.contains("The flux at s\u2032 is the sum of 10 cells."), text);
    }

    @Test
    void pageFullOfAccentsOverLettersIsBounded() {
        java.util.List<Glyph> glyphs = new java.util.ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            float x = (i % 500) * 6f, y = 10f + (i / 500) * 12f;
            glyphs.add(new Glyph("E", x, y, 5f, 10f, false, false));
            if (i % 4 == 0) glyphs.add(new Glyph("_", x + 1f, y - 2f, 3f, 10f, false, false));
        }
        var placed = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> Accents.place(glyphs));
        assertTrue(placed.size() >= 40_000, "letters kept");
    }
}
