package org.oncoev.corpus.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.ExclusionReason;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.Section;
import org.oncoev.corpus.SectionKind;

/**
 * Publisher page set-ups on PDFs built in the test: a first page with a small-print side column beside two
 * text columns (BMJ style), a tightly set justified line whose word gaps are narrower than usual and whose
 * citation superscripts come in groups set apart by spaces, and a line-end hyphen before a line set a little
 * further down than the paragraph's leading, and a PLOS-style first page whose margin column of small print
 * (citation, data statement, funding, interests) is read before the title beside it, and headings set in a
 * sans-serif font a little larger than the serif body, with no weight in the font's name (BMJ style), and a
 * first page's column of one placeholder token repeated (PLOS style), which is furniture.
 */
class PdfPublisherPageTest {
    private static final String[] SIDE = {
            "Department of Medical Oncology,", "Riverside University Hospital,", "Northfield, Eastland",
            "Correspondence to", "Dr A Author, Department of", "Medical Oncology, Riverside", "University Hospital;",
            "a.author@example.org", "Received 3 March 2021", "Accepted 9 June 2021"};
    private static final String[] MIDDLE = {
            "Background Adjuvant chemotherapy after resection",
            "of the primary tumour is widely used, but the",
            "benefit in older patients remains uncertain.",
            "Methods We pooled individual data of patients",
            "aged seventy years or more from four trials that",
            "compared surgery alone with surgery followed by",
            "six months of fluoropyrimidine treatment.",
            "Results Recurrence-free survival was longer with",
            "chemotherapy in every trial and the pooled hazard",
            "ratio did not differ by age group or by stage."};
    private static final String[] RIGHT = {
            "Conclusions Age alone should not decide whether",
            "a patient is offered adjuvant treatment after the",
            "operation, although toxicity was more frequent",
            "in the oldest group and needed dose reductions.",
            "Colorectal cancer is common in older adults and",
            "many of them are treated outside trials, so the",
            "evidence for their care comes mostly from small",
            "series and from subgroups of the larger studies."};

    @Test
    void sideColumnOfSmallPrintIsReadApartFromTheColumnBesideIt() throws Exception {
        PdfFixture f = new PdfFixture().page();
        for (int i = 0; i < SIDE.length; i++) f.text(PdfFixture.REGULAR, 7, 40, 150 + 9.2f * i, SIDE[i]);
        for (int i = 0; i < MIDDLE.length; i++) f.text(PdfFixture.REGULAR, 9.5f, 150, 150 + 11.5f * i, MIDDLE[i]);
        for (int i = 0; i < RIGHT.length; i++) f.text(PdfFixture.REGULAR, 9.5f, 360, 150 + 11.5f * i, RIGHT[i]);
        String text = PdfFidelityTest.extract(f);
        assertFalse(text.contains("\t"), text);
        assertTrue(text.contains(String.join(" ", MIDDLE)), text);
        assertTrue(text.contains(String.join(" ", RIGHT)), text);
        assertTrue(text.contains("Department of Medical Oncology, Riverside University Hospital, Northfield, Eastland"), text);
        assertTrue(text.indexOf("Accepted 9 June 2021") < text.indexOf("Background"), text);
    }

    @Test
    void tightlySetLineKeepsItsWordsAndItsSpacedSuperscriptGroups() throws Exception {
        PdfFixture f = new PdfFixture().page();
        float x = tight(f, 72, 100, "Two trials", 9f);
        x = superscript(f, x, 100, "14");
        x = tight(f, x + 1.1f, 100, "reported only", 9f);
        x = tight(f, x + 1.1f, 100, "response rates and", 9f);
        x = tight(f, x + 1.1f, 100, "three trials", 9f);
        x = superscript(f, x, 100, "15");
        x = superscript(f, x + 3.5f, 100, "17 19");
        tight(f, x + 2.8f, 100, "reported survival.", 9f);
        String text = PdfFidelityTest.extract(f);
        assertTrue(text.contains("Two trials^{14} reported only response rates and three trials^{15 17 19} reported survival."), text);
    }

    @Test
    void lineEndHyphenJoinsALineSetSlightlyFurtherDown() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.text(PdfFixture.REGULAR, 8, 72, 100, "The enzyme was purified from the culture medium by a two-");
        f.text(PdfFixture.REGULAR, 8, 72, 111.5f, "step procedure and its activity was measured at the end of");
        f.text(PdfFixture.REGULAR, 8, 72, 123, "each run, which took longer than the authors had expected in");
        f.text(PdfFixture.REGULAR, 8, 72, 134.5f, "their first series of experiments with the new conditions, because the pro-");
        f.text(PdfFixture.REGULAR, 8, 72, 147.9f, "cess needed more time to reach a steady state in every reactor.");
        String text = PdfFidelityTest.extract(f);
        assertTrue(text.contains("because the process needed more time"), text);
        assertFalse(text.contains("\n"), text);
    }

    @Test
    void marginColumnOfAFirstPageLeavesTheTitleAndSectionsAlone() throws Exception {
        PdfFixture f = new PdfFixture().page();
        String[] margin = {"OPEN ACCESS", "Citation: Novak P, Lind K (2021) Weekly", "taxanes in an imaginary cohort. Imag J",
                "Oncol 4(2): e0001.", "Data Availability Statement: All relevant", "data are within the paper and its",
                "Supporting Information files.", "Funding: The authors received no specific", "funding for this work.",
                "Competing interests: The authors have declared", "that no competing interests exist."};
        float[] gaps = {17, 11, 11, 17, 11, 11, 17, 11, 17, 13};
        float y = 300;
        for (int i = 0; i < margin.length; i++) {
            f.text(PdfFixture.REGULAR, 8, 36, y, margin[i]);
            if (i < gaps.length) y += gaps[i];
        }
        f.text(PdfFixture.REGULAR, 8, 200, 100, "RESEARCH ARTICLE");
        f.text(PdfFixture.REGULAR, 18, 200, 124, "Weekly taxanes after platinum in an");
        f.text(PdfFixture.REGULAR, 18, 200, 146, "imaginary gastric cancer cohort");
        f.text(PdfFixture.BOLD, 9, 200, 170, "Petra Novak, Karl Lind");
        f.text(PdfFixture.REGULAR, 14, 200, 200, "Abstract");
        y = f.lines(200, 222, "Second-line options after platinum are few and their benefit in older",
                "patients is uncertain, so we describe outcomes in an imaginary cohort.");
        f.text(PdfFixture.BOLD, 12, 200, 270, "Introduction");
        y = f.lines(200, 290, "Gastric cancer is often diagnosed late and most patients receive a",
                "platinum doublet first, after which weekly taxanes are a common choice",
                "although the evidence for them in older adults is limited to small series.");
        f.text(PdfFixture.BOLD, 10, 200, 340, "A B C");
        f.text(PdfFixture.BOLD, 12, 200, 370, "Results");
        f.lines(200, 390, "Median overall survival was 7.4 months in the weekly group and the",
                "difference from the historical series was not significant in this cohort.",
                "Toxicity was mild and no patient stopped treatment because of it.");
        Document d = new PdfDocumentReader().read("plos-like.pdf", f.bytes());
        assertEquals("Weekly taxanes after platinum in an imaginary gastric cancer cohort", d.title());
        Passage results = d.passages().stream().filter(p -> p.text().startsWith("Median overall survival")).findFirst().orElseThrow();
        Section section = d.sections().get(results.sectionOrdinal());
        assertEquals(SectionKind.RESULTS, section.kind(), d.sections().toString());
        assertFalse(d.sections().stream().anyMatch(sec -> "A B C".equals(sec.heading())), d.sections().toString());
        assertTrue(d.exclusions().ranges().stream().anyMatch(r -> r.reason() == ExclusionReason.FUNDING
                && d.sourceText().substring(r.start(), r.end()).endsWith("that no competing interests exist.")), d.exclusions().toString());
    }

    /** Body and heading sizes: the second pair's body rounds to 10 by half points, above the heading's 1.03 share. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> headingSizes() {
        return java.util.stream.Stream.of(org.junit.jupiter.params.provider.Arguments.of(9f, 9.5f),
                org.junit.jupiter.params.provider.Arguments.of(9.76f, 10.26f));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "body {0} pt, heading {1} pt")
    @org.junit.jupiter.params.provider.MethodSource("headingSizes")
    void sansSerifHeadingsALittleLargerThanTheBodyOpenTheirSections(float body, float head) throws Exception {
        PDFont sans = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDFont italic = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
        PdfFixture f = new PdfFixture().page();
        f.text(PdfFixture.BOLD, 16, 72, 60, "Weekly taxanes after platinum in an imaginary cohort");
        f.text(sans, head, 72, 100, "METHODS");
        f.text(sans, head, 72, 113, "Patients and treatment");
        float y = 124;
        for (String line : new String[] {"Adults with measurable disease after one platinum regimen were",
                "eligible and received weekly paclitaxel until progression or until",
                "toxicity; cultures were screened for contamination with species of"}) {
            f.text(PdfFixture.REGULAR, body, 72, y, line);
            y += 11;
        }
        f.text(italic, head, 72, y, "Candida");
        f.text(PdfFixture.REGULAR, body, 72 + PdfFixture.width(italic, head, "Candida "), y, "before each cycle of treatment.");
        y += 11;
        f.text(PdfFixture.REGULAR, body, 72, y, "Doses were reduced by a quarter after a grade 3 event.");
        f.text(sans, head, 72, y + 24, "RESULTS");
        y += 37;
        for (String line : new String[] {"Median overall survival was 7.4 months and six patients had a",
                "partial response; no patient stopped treatment because of toxicity."}) {
            f.text(PdfFixture.REGULAR, body, 72, y, line);
            y += 11;
        }
        Document d = new PdfDocumentReader().read("sans-headings.pdf", f.bytes());
        Passage methods = d.passages().stream().filter(p -> p.text().startsWith("Adults with measurable")).findFirst()
                .orElseThrow(() -> new AssertionError(d.passages().toString()));
        assertTrue(methods.text().contains("species of Candida before each cycle of treatment."), methods.text());
        assertEquals(SectionKind.METHODS, d.sections().get(methods.sectionOrdinal()).kind(), d.sections().toString());
        Passage results = d.passages().stream().filter(p -> p.text().startsWith("Median overall survival")).findFirst().orElseThrow();
        assertEquals(SectionKind.RESULTS, d.sections().get(results.sectionOrdinal()).kind(), d.sections().toString());
    }

    @Test
    void bodySizeHeadingInItsOwnFontBeforeTheReferenceListOpensIt() throws Exception {
        PDFont sans = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PdfFixture f = new PdfFixture().page();
        f.text(PdfFixture.BOLD, 16, 72, 60, "Weekly taxanes after platinum in an imaginary cohort");
        f.text(sans, 10, 72, 100, "Results");
        float y = f.lines(72, 112, "Median overall survival was 7.4 months and six patients had a",
                "partial response; no patient stopped treatment because of toxicity.");
        f.text(sans, 10, 72, y + 14, "References");
        String ref = "1. Novak P, Lind K: Weekly taxanes in gastric cancer. Imag J Oncol 2018, 12:101-9.";
        f.text(PdfFixture.REGULAR, 10, 72, y + 26, ref);
        Document d = new PdfDocumentReader().read("references.pdf", f.bytes());
        int at = d.sourceText().indexOf(ref);
        assertTrue(at >= 0, d.sourceText());
        assertTrue(d.exclusions().ranges().stream().anyMatch(r -> r.reason() == ExclusionReason.REFERENCES
                && r.start() <= at && at < r.end()), d.exclusions().toString());
    }

    /** A journal's citation and licence block in small print above the title (Cambridge style) is not the title. */
    @Test
    void citationAndLicenceBlockAboveTheTitleIsNotTheTitle() throws Exception {
        PdfFixture f = new PdfFixture().page();
        String[] block = {"Invented Geriatrics Quarterly (2021), 12:3, 101\u2013109 \u00a9 Invented Geriatric Association 2020. The online",
                "version of this article is published within an Open Access environment subject to the conditions of the Creative",
                "Commons Attribution licence <https://creativecommons.org/licenses/by/3.0/>."};
        for (int i = 0; i < block.length; i++) f.text(PdfFixture.REGULAR, 7, 72, 50 + 8.5f * i, block[i]);
        f.text(PdfFixture.BOLD, 16, 72, 110, "Invented life events are not associated with later frailty");
        f.text(PdfFixture.REGULAR, 10, 72, 134, "Ann Author, Ben Writer and Cay Scholar");
        f.lines(72, 160, "Background: Life events are often thought to hasten frailty in older adults, although",
                "no cohort has followed them for long enough to show it; we followed one for ten years.");
        Document d = new PdfDocumentReader().read("licence-block.pdf", f.bytes());
        assertEquals("Invented life events are not associated with later frailty", d.title());
        int at = d.sourceText().indexOf("Invented Geriatrics Quarterly");
        assertTrue(d.exclusions().ranges().stream().anyMatch(r -> r.reason() == ExclusionReason.LICENCE
                && r.start() <= at && at < r.end()), d.exclusions().toString());
    }

    /**
     * A short review whose reference list, set smaller, holds more characters than its body (BMC style): the
     * body size is the body's, so body lines are paragraphs under their headings, not headings, and the small
     * sans headings of the back matter still open it.
     */
    @Test
    void bodySizeIsTheBodysWhenTheReferenceListIsLonger() throws Exception {
        PDFont sans = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PdfFixture f = new PdfFixture().page();
        f.text(PdfFixture.BOLD, 16, 72, 60, "Bleeding after invented prophylaxis regimens: a review");
        f.text(PdfFixture.REGULAR, 9.8f, 72, 90, "Bleeding is the feared harm of prophylaxis after injury and is reported unevenly.");
        f.text(sans, 10.2f, 72, 118, "Methods");
        String[] methods = {"We searched two invented registries for reports of bleeding after",
                "prophylaxis in injured adults and read every report in full, counting",
                "events by regimen and by the timing of the first dose after admission."};
        float y = 132;
        for (String line : methods) {
            f.text(PdfFixture.REGULAR, 9.8f, 72, y, line);
            y += 11.5f;
        }
        f.text(sans, 10.2f, 72, y + 12, "Results");
        f.text(PdfFixture.REGULAR, 9.8f, 72, y + 26, "Bleeding was rare with every regimen and never fatal in the reports.");
        y += 40;
        f.text(sans, 7.5f, 72, y + 14, "Competing interests");
        f.text(PdfFixture.REGULAR, 7.5f, 72, y + 24, "The authors declare that they have no competing interests at all.");
        f.text(sans, 7.5f, 72, y + 40, "References");
        y += 50;
        for (int n = 1; n <= 20; n++, y += 9) {
            if (y > 740) {
                f.page();
                y = 60;
            }
            f.text(PdfFixture.REGULAR, 7.5f, 72, y, n + ". Author" + (char) ('A' + n % 26) + " B, Writer C: An invented report on bleeding number " + n
                    + ". Imag J Surg 2009, " + n + ":1-9.");
        }
        Document d = new PdfDocumentReader().read("short-review.pdf", f.bytes());
        Passage m = d.passages().stream().filter(p -> p.text().startsWith("We searched")).findFirst()
                .orElseThrow(() -> new AssertionError(d.sourceText()));
        assertEquals(String.join(" ", methods), m.text());
        assertEquals(SectionKind.METHODS, d.sections().get(m.sectionOrdinal()).kind(), d.sections().toString());
        String ref = "7. AuthorH B, Writer C: An invented report on bleeding number 7.";
        int at = d.sourceText().indexOf(ref), declare = d.sourceText().indexOf("The authors declare");
        assertTrue(at >= 0 && declare >= 0, d.sourceText());
        assertTrue(d.exclusions().ranges().stream().anyMatch(r -> r.reason() == ExclusionReason.REFERENCES
                && r.start() <= at && at < r.end()), d.exclusions().toString());
        assertTrue(d.exclusions().ranges().stream().anyMatch(r -> r.reason() == ExclusionReason.FUNDING
                && r.start() <= declare && declare < r.end()), d.exclusions().toString());
    }

    /** Draws words glyph by glyph, each glyph 0.1 unit closer than its width, words 0.13 em apart; returns the end x. */
    private static float tight(PdfFixture f, float x, float y, String words, float size) {
        PDFont font = PdfFixture.REGULAR;
        for (String w : words.split(" ")) {
            for (int i = 0; i < w.length(); i++) {
                String c = w.substring(i, i + 1);
                f.text(font, size, x, y, c);
                x += PdfFixture.width(font, size, c) - 0.1f;
            }
            x += 0.125f * size;
        }
        return x - 0.125f * size;
    }

    /** Banner lines above the title of a first page, as BMC and Hindawi set them; the title comes after them. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"RESEARCH ARTICLE Open Access|",
            "Example Publishing Corporation|Volume 2021, Article ID 123456, 7 pages|Research Article",
            "REVIEW Open Access|"})
    void bannerLinesAboveTheTitleAreFurnitureAndTheTitleIsTheTitle(String banners) throws Exception {
        PdfFixture f = new PdfFixture().page();
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        float y = 60;
        for (String b : banners.split("\\|")) {
            if (b.isEmpty()) continue;
            f.text(bold, 9, 72, y, b);
            y += 16;
        }
        f.text(bold, 16, 72, y + 10, "Weekly oral maintenance after induction in an invented lymphoma cohort");
        f.text(PdfFixture.REGULAR, 10, 72, y + 34, "Ann Author, Ben Writer and Cay Scholar");
        f.lines(72, y + 60, "Background: Maintenance after induction is widely used although its benefit",
                "in older patients has not been shown in any randomised comparison so far.",
                "Methods: We followed two hundred patients for five years after induction.");
        Document d = new PdfDocumentReader().read("banners.pdf", f.bytes());
        assertEquals("Weekly oral maintenance after induction in an invented lymphoma cohort", d.title());
        for (String b : banners.split("\\|"))
            for (Passage p : d.passages())
                assertFalse(!b.isEmpty() && p.kind().carriesEvidence() && p.text().contains(b), b + " read as " + p.kind());
    }

    private static float superscript(PdfFixture f, float x, float y, String s) {
        f.text(PdfFixture.REGULAR, 5f, x, y - 4f, s);
        return x + PdfFixture.width(PdfFixture.REGULAR, 5f, s);
    }

    @Test
    void columnOfARepeatedPlaceholderTokenIsFurniture() throws Exception {
        PdfFixture f = new PdfFixture().page();
        for (int i = 0; i < 4; i++) f.text(36, 300 + 11.5f * i, "q2222222");
        f.text(PdfFixture.BOLD, 14, 200, 100, "Introduction");
        f.lines(200, 120, "Growth of the cultures was followed for three weeks in two rooms that",
                "differed only in the length of the day, and every culture was counted daily.");
        Document d = new PdfDocumentReader().read("placeholder.pdf", f.bytes());
        for (Passage p : d.passages())
            if (p.kind() != org.oncoev.corpus.PassageKind.BOILERPLATE) assertFalse(p.text().contains("q2222222"), p.text());
        assertTrue(d.exclusions().ranges().stream().anyMatch(r -> r.reason() == ExclusionReason.FURNITURE
                && d.sourceText().substring(r.start(), r.end()).startsWith("q2222222")), d.exclusions() + "\n" + d.sourceText());
    }
}
