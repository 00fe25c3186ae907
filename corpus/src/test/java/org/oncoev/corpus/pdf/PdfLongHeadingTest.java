package org.oncoev.corpus.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.SectionKind;

/**
 * A long sub-heading in sentence case, set bold over two lines between two paragraphs (a PDF built with PDFBox), is
 * a heading of its own section with the kind of the section it is in, not a body paragraph.
 */
class PdfLongHeadingTest {
    private static final String HEADING = "Cultures kept in the dark grew more slowly during the second week";

    @Test
    void boldTwoLineSentenceCaseHeadingOpensASubSection() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.text(PdfFixture.BOLD, 14, 72, 80, "Results");
        float y = f.lines(72, 100, "All twelve cultures were counted every morning for three weeks, and none of them",
                "was lost to contamination or to a fault of the incubator during the whole study.");
        f.text(PdfFixture.BOLD, 10, 72, y + 10, "Cultures kept in the dark grew more slowly during the");
        f.text(PdfFixture.BOLD, 10, 72, y + 22, "second week");
        f.lines(72, y + 40, "Growth in the first week was much the same under both lighting schedules, with",
                "counts that doubled about every two days, but from the eighth day on the cultures",
                "kept in the dark fell behind those kept in the light and did not catch up again.");
        Document d = new PdfDocumentReader().read("long-heading.pdf", f.bytes());
        Passage heading = d.passages().stream().filter(p -> p.text().equals(HEADING)).findFirst().orElseThrow();
        assertEquals(PassageKind.HEADING, heading.kind(), d.passages().toString());
        assertEquals(HEADING, d.sections().get(heading.sectionOrdinal()).heading(), d.sections().toString());
        assertEquals(SectionKind.RESULTS, d.sections().get(heading.sectionOrdinal()).kind(), d.sections().toString());
        Passage body = d.passages().stream().filter(p -> p.text().startsWith("Growth in the first week")).findFirst().orElseThrow();
        assertTrue(body.kind() == PassageKind.BODY && body.sectionOrdinal() == heading.sectionOrdinal(), d.passages().toString());
    }
}
