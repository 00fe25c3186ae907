package org.oncoev.corpus.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.ExclusionReason;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;

/**
 * Labels inside a drawn figure (set as text in a sans font, smaller than the body) are excluded as figure text,
 * gathered before the figure's caption: no heading, body passage or section is made of them, and the sentence the
 * figure interrupts goes on after it.
 */
class PdfFigureTextTest {
    private static final PDFont SANS = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void labelsOfADrawingAreExcludedAsFigureTextBeforeTheirCaption() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float y = f.lines(72, 90, "Results",
                "The enzyme was produced in three stages, from the seed culture to the final harvest, and each",
                "stage was checked for contamination before the broth was moved to the next, larger vessel, so that");
        f.text(SANS, 10, 120, y + 20, "Seed culture");
        f.text(SANS, 7, 300, y + 24, "Fermenter");
        f.text(SANS, 7, 120, y + 60, "Harvest");
        f.text(SANS, 7, 260, y + 60, "Cell disruption");
        f.text(SANS, 7, 420, y + 60, "Purified enzyme");
        f.text(SANS, 7, 200, y + 95, "Waste stream");
        f.text(72, y + 125, "Fig. 1 \u2013 Stages of an invented production process for the enzyme.");
        f.lines(72, y + 150, "the yield of each batch could be followed from start to end. The final product was stored",
                "frozen in small portions until it was used in the assays described in the following section.");
        Document d = new PdfDocumentReader().read("figure.pdf", f.bytes());
        String src = d.sourceText();
        int figure = src.indexOf("Seed culture"), caption = src.indexOf("Fig. 1");
        assertTrue(figure >= 0 && figure < caption, src);
        assertTrue(d.exclusions().ranges().stream().anyMatch(r -> r.reason() == ExclusionReason.FIGURE_TEXT
                && r.start() <= figure && src.substring(r.start(), r.end()).contains("Waste stream")), d.exclusions().toString());
        for (Passage p : d.passages()) {
            if (p.kind() == PassageKind.BOILERPLATE) continue; // the excluded figure text itself
            if (p.kind() == PassageKind.HEADING) assertEquals("Results", p.text(), "only the real heading");
            assertFalse(p.text().contains("Fermenter") || p.text().contains("Harvest"), p.text());
        }
        assertTrue(d.passages().stream().anyMatch(p -> p.kind() == PassageKind.BODY
                && p.text().contains("larger vessel, so that the yield of each batch")), d.passages().toString());
    }

    @Test
    void panelLettersOverAFigureAreFigureTextInAnyFont() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float y = f.lines(72, 90, "Cultures were photographed every day under the same light and at the same distance.");
        f.text(PdfFixture.BOLD, 8, 100, y + 20, "A");
        f.text(PdfFixture.BOLD, 8, 260, y + 20, "B");
        f.text(PdfFixture.BOLD, 8, 420, y + 20, "C");
        f.text(PdfFixture.REGULAR, 8, 72, y + 200, "Fig 2. Colonies on the first, second and third day of growth.");
        f.lines(72, y + 230, "The colonies doubled in area each day until the plates were full on the fourth day.");
        Document d = new PdfDocumentReader().read("panels.pdf", f.bytes());
        String src = d.sourceText();
        assertTrue(d.exclusions().ranges().stream().anyMatch(r -> r.reason() == ExclusionReason.FIGURE_TEXT
                && src.substring(r.start(), r.end()).contains("C")), d.exclusions() + "\n" + src);
        for (Passage p : d.passages()) if (p.kind() != PassageKind.BOILERPLATE) assertFalse(p.text().matches("A\\s+B\\s+C"), p.text());
    }
}
