package org.oncoev.corpus.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentReaders;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.Span;
import org.oncoev.corpus.text.TextDocumentReader;

/** A paper written for the project, read as text and as a two-column PDF: the same sentences. */
class PdfDocumentReaderTest {
    static final String TITLE = "Invented Regimen Versus Standard Care in Advanced Gastric Cancer: A Randomised Trial";
    /** Heading followed by its paragraphs; a heading of null continues the previous section. */
    static final String[][] SECTIONS = {
            {"Abstract", "Background: The benefit of adding an invented antibody to chemotherapy in advanced gastric "
                    + "cancer is unknown. Methods: We randomly assigned 412 patients to the antibody plus chemotherapy "
                    + "or to chemotherapy alone. Results: The median overall survival was 14.2 months (95% CI, "
                    + "11.0-17.5) with the antibody and 9.8 months (95% CI, 8.1-11.2) with chemotherapy alone "
                    + "(hazard ratio 0.71; P = .001). Conclusions: The antibody prolonged survival."},
            {"1. Methods", "Eligible patients were adults with untreated metastatic adenocarcinoma of the stomach and "
                    + "an ECOG performance status of 0 or 1. Patients received oxaliplatin 130 mg per square metre on "
                    + "day 1 and capecitabine 1000 mg twice daily on days 1 to 14 of each 21-day cycle.",
                    "The primary end point was overall survival. Secondary end points included progression-free "
                    + "survival, the objective response rate and safety. A sample of 400 patients gave 90% power to "
                    + "detect a hazard ratio of 0.70 at a two-sided alpha of 0.05."},
            {"2. Results", "Between March 2019 and June 2021, 412 patients were enrolled: 206 in each group. The "
                    + "median follow-up was 22.4 months. The median progression-free survival was 6.1 months versus "
                    + "4.3 months (hazard ratio 0.68; 95% CI, 0.55-0.84; P < .001).",
                    "The objective response rate was 38% in the antibody group and 22% in the control group "
                    + "(P = .002). The 2-year overall survival rate was 28.5% versus 16.0%. Grade 3 or higher "
                    + "adverse events occurred in 41% and 35% of patients, respectively."},
            {"3. Discussion", "Adding the antibody to first-line chemotherapy improved overall survival without "
                    + "unexpected toxicity. The benefit was consistent across the prespecified subgroups, including "
                    + "age, sex and region. These results support the combination as a new standard of care."}};

    static String paperText() {
        StringBuilder sb = new StringBuilder(TITLE).append("\n\n");
        for (String[] s : SECTIONS) {
            sb.append(s[0]).append("\n\n");
            for (int i = 1; i < s.length; i++) sb.append(s[i]).append("\n\n");
        }
        return sb.toString();
    }

    /** Renders the paper on two pages: full-width title, then two short 218 pt columns of Times 10 pt, headings in bold. */
    static byte[] paperPdf() {
        PdfFixture f = new PdfFixture().page();
        f.text(PdfFixture.BOLD, 14, 72, 60, TITLE.substring(0, TITLE.indexOf(':') + 1));
        f.text(PdfFixture.BOLD, 14, 72, 78, TITLE.substring(TITLE.indexOf(':') + 2));
        float[] col = {72, 322};
        int c = 0, page = 1;
        float y = 110, bottom = 330;
        for (String[] s : SECTIONS) {
            List<String[]> blocks = new ArrayList<>();
            blocks.add(new String[]{"H", s[0]});
            for (int i = 1; i < s.length; i++) blocks.add(new String[]{"P", s[i]});
            for (String[] b : blocks) {
                boolean heading = b[0].equals("H");
                List<String> lines = heading ? List.of(b[1]) : wrap(b[1], 218);
                for (String line : lines) {
                    if (y > bottom) {
                        c++;
                        if (c == 2) {
                            f.page();
                            c = 0;
                            page++;
                        }
                        y = page == 1 ? 110 : 72;
                    }
                    if (heading) f.text(PdfFixture.BOLD, 11, col[c], y, line);
                    else f.text(col[c], y, line);
                    y += 12;
                }
                y += 8;
            }
        }
        return f.bytes();
    }

    static List<String> wrap(String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            String candidate = line.isEmpty() ? w : line + " " + w;
            if (PdfFixture.width(PdfFixture.REGULAR, 10, candidate) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(w);
            } else line = new StringBuilder(candidate);
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }

    static List<String> evidenceSentences(Document d) {
        List<String> out = new ArrayList<>();
        for (Passage p : d.passages())
            if (p.kind().carriesEvidence())
                for (Span s : p.sentences()) out.add(s.coveredText(p.text()));
        return out;
    }

    @Test
    void pdfAndTextGiveTheSameEvidenceSentences() throws Exception {
        Document text = new TextDocumentReader().read("paper.txt", paperText().getBytes(StandardCharsets.UTF_8));
        Document pdf = new PdfDocumentReader().read("paper.pdf", paperPdf());
        assertEquals(evidenceSentences(text), evidenceSentences(pdf));
        assertTrue(evidenceSentences(pdf).contains(
                "Results: The median overall survival was 14.2 months (95% CI, 11.0-17.5) with the antibody and "
                        + "9.8 months (95% CI, 8.1-11.2) with chemotherapy alone (hazard ratio 0.71; P = .001)."),
                evidenceSentences(pdf).toString());
        assertEquals("pdf", pdf.format());
        assertEquals(TITLE, pdf.title());
    }

    @Test
    void passagesSliceTheExtractedTextAndCarryPages() throws Exception {
        Document pdf = new PdfDocumentReader().read("paper.pdf", paperPdf());
        String src = pdf.sourceText();
        assertFalse(pdf.passages().isEmpty());
        int lastEnd = 0, lastPage = 1;
        for (Passage p : pdf.passages()) {
            assertTrue(p.charStart() >= lastEnd && p.charEnd() <= src.length(), p.toString());
            String slice = src.substring(p.charStart(), p.charEnd());
            String firstWord = p.text().split("[ \t\n]")[0];
            assertTrue(slice.startsWith(firstWord), p + " vs " + slice);
            assertNotNull(p.page(), p.toString());
            assertTrue(p.page() >= lastPage, p.toString());
            lastEnd = p.charEnd();
            lastPage = p.page();
        }
        assertEquals(2, (int) pdf.passages().get(pdf.passages().size() - 1).page());
    }

    @Test
    void registeredInTheDefaultReaders() {
        assertTrue(DocumentReaders.forFile("Paper.PDF").orElseThrow() instanceof PdfDocumentReader);
    }
}
