package org.oncoev.corpus.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A sentence whose line ends in an article, conjunction or preposition goes on whatever case the next line starts
 * in: across a float at the next page's top, across a column break, and into a reference to a float set at the start
 * of the next line ({@code ... are shown in | Table 2.}), which is no caption (PDFs built with PDFBox).
 */
class PdfSentenceBreakTest {
    private static final String[] BEFORE = {"Each plot was weighed before the harvest began, and the yield was then compared",
            "with the weight of the seed that had been sown in each of them in the autumn and"};
    private static final String[] AFTER = {"Nitrogen applied in spring, which differed between the two farms by a third or",
            "more in each of the three years that the study ran, in every one of the plots."};

    @Test
    void sentenceEndingInAConjunctionGoesOnAfterAFloatInCapitals() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.lines(72, 600, BEFORE);
        f.page();
        f.text(72, 80, "Figure 2. Yield by plot and year");
        f.lines(72, 110, AFTER);
        String text = PdfFidelityTest.extract(f).replaceAll("\\s+", " ");
        assertTrue(text.contains(String.join(" ", BEFORE) + " " + String.join(" ", AFTER) + " Figure 2. Yield by plot"), text);
    }

    @Test
    void sentenceEndingInAnArticleGoesOnInTheNextColumn() throws Exception {
        PdfFixture f = new PdfFixture().page();
        String[] left = {"The soil of every plot was sampled", "to a depth of one metre, and the",
                "samples were dried before the", "nitrate in them was measured by the"};
        String[] right = {"Kjeldahl method, which gives the", "total of all the nitrogen forms in",
                "the sample rather than the nitrate", "alone, as the protocol required."};
        f.lines(72, 100, left);
        f.lines(320, 100, right);
        String text = PdfFidelityTest.extract(f).replace("\n\n", " | ").replaceAll("\\s+", " "); // paragraphs kept apart
        assertTrue(text.contains("measured by the Kjeldahl method, which gives"), text);
    }

    @Test
    void referenceToATableAtALineStartEndsItsSentence() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.lines(72, 100, "The yield of every plot in both years, with the weight of the seed sown, is shown in",
                "Table 2. The plots on the northern farm gave more grain in each year of the study.");
        String text = PdfFidelityTest.extract(f);
        assertTrue(text.contains("is shown in Table 2. The plots on the northern farm"), text);
    }

    @Test
    void marginNoteAtTheNextPageTopStaysOutOfASentenceEndingInAFunctionWord() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.lines(200, 600, "Rain in the spring months was measured at both farms for the whole study, and",
                "from the records of the nearest station for the twenty years before it, so that");
        f.page();
        for (int i = 0; i < 4; i++)
            f.text(PdfFixture.REGULAR, 8, 36, 83 + 11 * i, new String[] {"Competing interests: the authors",
                    "have declared that no competing", "interests exist in relation to this", "work or to its funding."}[i]);
        f.lines(200, 83, "each year could be compared with the long-term mean of the spring rain at the site",
                "where it was grown, which the station had kept since it opened in the same valley.",
                "The driest year of the study had less than half of the rain of the wettest one and",
                "the yield in that year was the lowest of all the years in which the plots were sown.");
        String text = PdfFidelityTest.extract(f).replaceAll("\\s+", " ");
        assertTrue(text.contains("for the twenty years before it, so that each year could be compared"), text);
    }
}
