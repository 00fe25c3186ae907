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

    @Test
    void labelsOfAFigureWiderThanItsCaptionsColumnAreFigureText() throws Exception {
        PdfFixture f = new PdfFixture().page();
        String[] left = {"Volunteers were invited by letter from the", "register of two towns, and all those who",
                "replied were seen at home by one of the", "nurses, who explained the aims of the study."};
        String[] right = {"Each visit took about one hour and was", "arranged at a time that suited the family,",
                "so that no one had to take a day off work", "or travel far from home to take part in it."};
        f.lines(56, 80, left);
        f.lines(320, 80, right);
        // a flow chart across the page over a caption set in the left column only; its right half holds labels only
        f.text(SANS, 7, 110, 160, "Invited by letter");
        f.text(SANS, 7, 120, 172, "n = 480");
        f.text(SANS, 7, 250, 196, "Seen at home");
        f.text(SANS, 7, 120, 220, "Analysed, n = 401");
        f.text(SANS, 7, 380, 160, "Did not reply");
        f.text(SANS, 7, 340, 184, "Withdrew before the first visit, n = 12 (moved away)");
        f.text(SANS, 7, 380, 208, "Too ill to take part");
        f.text(PdfFixture.REGULAR, 8, 56, 250, "Figure 1. Flow of the invented volunteers.");
        f.lines(56, 275, "The nurses kept a diary of every visit, and", "the diaries were read by two of the authors",
                "who did not know which town the family came", "from or which nurse had written the notes.");
        f.lines(320, 275, "Families could leave the study at any time", "without giving a reason, and three did so",
                "after the first visit because the questions", "took longer than the letter had led them to expect.");
        Document d = new PdfDocumentReader().read("flow.pdf", f.bytes());
        String src = d.sourceText();
        for (Passage p : d.passages())
            if (p.kind() != PassageKind.BOILERPLATE)
                assertFalse(p.text().contains("Withdrew") || p.text().contains("Too ill") || p.text().contains("Did not reply"), p.text());
        assertTrue(d.exclusions().ranges().stream().anyMatch(r -> r.reason() == ExclusionReason.FIGURE_TEXT
                && src.substring(r.start(), r.end()).contains("Withdrew before the first visit")), d.exclusions() + "\n" + src);
    }
}
