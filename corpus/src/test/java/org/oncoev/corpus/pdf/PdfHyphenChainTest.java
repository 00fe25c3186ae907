package org.oncoev.corpus.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A line-end hyphen after the last part of a hyphenated chain (a PDF built with PDFBox): kept when that part is a word
 * of the document ({@code end-to-|end}), dropped when it is a fragment of a word broken by hyphenation
 * ({@code life-threa-|tening}).
 */
class PdfHyphenChainTest {
    @Test
    void hyphenAfterAWordOfAChainStaysAndAfterAFragmentGoes() throws Exception {
        PdfFixture f = new PdfFixture().page();
        f.lines(72, 100, "The pipeline was tested from the first sample to the last in one run, an end-to-",
                "end check that took two days, and no life-threa-",
                "tening fault was found in any of the steps of the pipeline that we checked.");
        String text = PdfFidelityTest.extract(f);
        assertTrue(text.contains("an end-to-end check that took two days, and no life-threatening fault"), text);
    }
}
