package org.oncoev.corpus.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/**
 * A page whose full-width text fills most of it (so no page-wide gutter is found) with two columns of body
 * prose beneath it for a few lines (PDFs built in the test): the columns read as body paragraphs, the left
 * column before the right one, a word broken at a line end joined; a two-column table in the same place
 * stays a table. A body line that one wide word gap splits in two stays in its paragraph; a lone row of a label
 * and a value does not join the text.
 */
class PdfProseColumnsTest {
    private static final float LEFT = 72, RIGHT = 311, COLUMN = 215, FULL = 454, SIZE = 10, LEAD = 12;

    private static final String ABSTRACT = "Small early trials of new cancer treatments often report benefits that"
            + " later trials cannot find again. We collected pairs of trials in which a first randomised study of an"
            + " invented regimen was followed by a second, larger one in the same setting, and we compared the"
            + " effect each of them reported on the main end point. In most pairs the second trial found a smaller"
            + " effect than the first, and in about a third of them the effect of the second trial lay outside the"
            + " confidence interval of the first. The shrinkage was largest when the first trial was small, stopped"
            + " early or measured a surrogate end point rather than survival. It was smallest when the first trial"
            + " had been registered in advance and had a clearly stated primary end point that did not change."
            + " Trials run at a single centre shrank more than those run at many centres, even after we allowed for"
            + " their size. Journals published the first trials faster than the second ones, and the first trials"
            + " were cited more often in the following years. These findings suggest that readers should treat a"
            + " large effect from a small first trial with caution until a second trial confirms it, and that"
            + " funders should plan confirmatory trials before the first results are known. We discuss how the"
            + " design of the first trial could be changed so that its estimate is less likely to mislead, and we"
            + " give a short checklist that editors and reviewers can apply when they assess an early report."
            + " The checklist asks about the size of the trial, its stopping rule, its end point and whether the"
            + " protocol was public before the first patient was enrolled. We tried the checklist on a sample of"
            + " recent reports and found that most of them missed at least one of its items, most often the"
            + " stopping rule. Reports that met every item were rare but their estimates shrank the least in the"
            + " second trial. We end with the limits of our sample, which was drawn from a few fields only.";
    /** Small-print front matter set across the page: authors, affiliations, a correspondence line. */
    private static final String[] AFFILIATIONS = {
            "Anna Example, Ben Sample, Clara Placeholder, David Invented, Eva Fictional and Frank Madeup",
            "1 Department of Imaginary Studies, First Invented University, Nowhere Town, Utopia",
            "2 Unit of Fictional Trials, Second Invented Hospital, Elsewhere City, Utopia",
            "3 Centre for Made-up Statistics, Third Invented Institute, Somewhere Else, Utopia",
            "Correspondence to the first author at the first address given above, by letter only"};

    /** The left column's lines below its heading; the sentence runs on into the right column. */
    private static final String[] LEFT_LINES = {
            "Invented regimens are often tested first in small trials",
            "before anyone knows whether the benefit is real, and",
            "the early signals fade once a larger group of partici-",
            "pants is followed for long enough. We therefore set",
            "out to measure how often an early signal survives a",
            "second trial that enrols its patients at many centres"};
    private static final String[] RIGHT_LINES = {
            "and follows them for at least three years. The main",
            "question was simple: does the first estimate of the",
            "effect stay within the wider confidence interval of the",
            "second one, or does it shrink toward no effect at all?",
            "We then also asked whether the size of the first trial",
            "predicts how much the estimate changes later on."};

    /** A title, small-print front matter and the full-width abstract, justified; returns the y of the line after it. */
    private static float frontMatter(PdfFixture f) {
        f.text(PdfFixture.BOLD, 16, LEFT, 60, "Early Signals and Their Fate in Later Trials");
        float y = 80;
        for (String a : AFFILIATIONS) {
            f.text(PdfFixture.REGULAR, 8, LEFT, y, a);
            y += 10;
        }
        y += LEAD;
        List<String> lines = wrap(ABSTRACT, FULL);
        for (int i = 0; i < lines.size(); i++, y += LEAD)
            justify(f, PdfFixture.REGULAR, LEFT, y, i + 1 < lines.size() ? FULL : 0, lines.get(i));
        return y;
    }

    /** Greedy lines of at most {@code width} points at body size. */
    private static List<String> wrap(String text, float width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            String next = line.isEmpty() ? w : line + " " + w;
            if (PdfFixture.width(PdfFixture.REGULAR, SIZE, next) > width) {
                out.add(line.toString());
                line = new StringBuilder(w);
            } else {
                line = new StringBuilder(next);
            }
        }
        out.add(line.toString());
        return out;
    }

    /** Draws a line word by word, spread to {@code width} points (0: set as it is), as a justified column sets it. */
    private static void justify(PdfFixture f, PDFont font, float x, float y, float width, String line) {
        String[] words = line.split(" ");
        float natural = PdfFixture.width(font, SIZE, line), space = PdfFixture.width(font, SIZE, " ");
        float extra = width > 0 && words.length > 1 ? (width - natural) / (words.length - 1) : 0;
        assertTrue(extra >= 0 && extra < 0.3f * SIZE, "the fixture line does not fit its column: " + line);
        for (String w : words) {
            f.text(font, SIZE, x, y, w);
            x += PdfFixture.width(font, SIZE, w) + space + extra;
        }
    }

    @Test
    void shortTwoColumnProseUnderFullWidthTextReadsAsBodyInColumnOrder() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float top = frontMatter(f) + 2 * LEAD;
        for (int i = 0; i < RIGHT_LINES.length; i++)
            justify(f, PdfFixture.REGULAR, RIGHT, top + LEAD * i, i + 1 < RIGHT_LINES.length ? COLUMN : 0, RIGHT_LINES[i]);
        f.text(PdfFixture.BOLD, SIZE, LEFT, top + LEAD, "Introduction"); // one line lower than the right column
        for (int i = 0; i < LEFT_LINES.length; i++)
            justify(f, PdfFixture.REGULAR, LEFT, top + LEAD * (i + 2), COLUMN, LEFT_LINES[i]);
        String text = PdfLayoutTest.extract(f.bytes());
        String prose = (String.join(" ", LEFT_LINES) + " " + String.join(" ", RIGHT_LINES)).replace("partici- pants", "participants");
        assertTrue(text.endsWith("drawn from a few fields only.\n\nIntroduction\n\n" + prose), text);
        assertFalse(text.contains("\t"), text);
    }

    @Test
    void twoColumnTableUnderFullWidthTextStaysATable() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float top = frontMatter(f) + 2 * LEAD;
        String[][] rows = {{"Characteristic", "Value"}, {"Median age, years", "61 (42-79)"},
                {"Women, n (%)", "88 (47)"}, {"Performance status 0, n (%)", "102 (55)"}, {"Prior surgery, n (%)", "64 (34)"}};
        for (int r = 0; r < rows.length; r++) {
            f.text(LEFT, top + LEAD * r, rows[r][0]);
            f.text(RIGHT, top + LEAD * r, rows[r][1]);
        }
        String text = PdfLayoutTest.extract(f.bytes());
        assertTrue(text.contains("Characteristic\tValue\nMedian age, years\t61 (42-79)\nWomen, n (%)\t88 (47)\n"), text);
    }

    /** Cells of running words, set ragged (not justified to the column's edge): a table of criteria, not prose. */
    @Test
    void twoColumnTableOfWordsUnderFullWidthTextStaysATable() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float top = frontMatter(f) + 2 * LEAD;
        String[][] rows = {{"Adults with a confirmed diagnosis,", "Any earlier treatment with the regimen,"},
                {"measurable disease on the scan", "a second cancer in the last five years"},
                {"and good kidney and liver function.", "or a severe infection at entry."},
                {"Written consent before any test", "Pregnancy or a plan to become pregnant"}};
        for (int r = 0; r < rows.length; r++) {
            f.text(LEFT, top + LEAD * r, rows[r][0]);
            f.text(RIGHT, top + LEAD * r, rows[r][1]);
        }
        String text = PdfLayoutTest.extract(f.bytes());
        assertTrue(text.contains("liver function.\tAny earlier treatment with the regimen,"), text);
    }

    /** A paragraph in one column whose middle line has one wide gap between two words (uneven justification). */
    private static PdfFixture paragraphWithWideGap(String before, String after) {
        PdfFixture f = new PdfFixture().page();
        justify(f, PdfFixture.REGULAR, LEFT, 100, COLUMN, LEFT_LINES[0]);
        justify(f, PdfFixture.REGULAR, LEFT, 100 + LEAD, COLUMN, LEFT_LINES[1]);
        f.text(LEFT, 100 + 2 * LEAD, before);
        f.text(LEFT + COLUMN - PdfFixture.width(PdfFixture.REGULAR, SIZE, after), 100 + 2 * LEAD, after);
        justify(f, PdfFixture.REGULAR, LEFT, 100 + 3 * LEAD, COLUMN, LEFT_LINES[3]);
        justify(f, PdfFixture.REGULAR, LEFT, 100 + 4 * LEAD, 0, "out to measure it.");
        return f;
    }

    @Test
    void bodyLineSplitAtOneWideWordGapStaysInItsParagraph() throws Exception {
        String before = "the early signals fade once a large", after = "group of partici-";
        float gap = COLUMN - PdfFixture.width(PdfFixture.REGULAR, SIZE, before) - PdfFixture.width(PdfFixture.REGULAR, SIZE, after);
        assertTrue(gap > SIZE && gap < 2 * SIZE, "a gap wider than a cell gap, as a justified line can leave: " + gap);
        String text = PdfLayoutTest.extract(paragraphWithWideGap(before, after).bytes());
        assertTrue(text.startsWith(LEFT_LINES[0] + " " + LEFT_LINES[1] + " the early signals fade once a large group of"
                + " participants is followed"), text);
        assertFalse(text.contains("\t"), text);
    }

    @Test
    void lineOfALabelAndAValueIsNoBodyLine() throws Exception {
        String text = PdfLayoutTest.extract(paragraphWithWideGap("Median follow-up, months", "18.4").bytes());
        assertTrue(text.contains("Median follow-up, months\t18.4"), text);
    }
}
