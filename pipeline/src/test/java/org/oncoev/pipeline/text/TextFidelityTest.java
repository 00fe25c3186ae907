package org.oncoev.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Word and bigram recall, running lines and glued markers on short texts written for the test. */
class TextFidelityTest {
    static final String REF = "The median follow-up was 31 months in both groups of the study.";

    static Stream<Arguments> candidates() {
        return Stream.of(
                Arguments.of("identical", REF, 1.0, 1.0),
                Arguments.of("case and spacing differ", "the MEDIAN follow up   was 31 months in both groups of the study", 1.0, 1.0),
                // 13 tokens, 12 bigrams: a word glued by a dropped hyphen loses two words and three bigrams
                Arguments.of("glued by a dropped hyphen", "The median followup was 31 months in both groups of the study.",
                        11 / 13.0, 9 / 12.0),
                // same words, halves swapped: only the bigram across the cut is lost
                Arguments.of("halves swapped", "in both groups of the study. The median follow-up was 31 months", 1.0, 11 / 12.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("candidates")
    void recallOfWordsAndBigrams(String name, String candidate, double words, double bigrams) {
        TextFidelity.Score s = TextFidelity.score(REF, candidate, Set.of());
        assertEquals(13, s.referenceWords());
        assertEquals(words, s.wordRecall(), 1e-9, name);
        assertEquals(bigrams, s.bigramRecall(), 1e-9, name);
    }

    @Test
    void runningLinesAndGluedMarkersAreCounted() {
        Set<String> running = Set.of(TextFidelity.key("Invented Journal of Oncology 2023; 14: 117"));
        String candidate = "Responses were durable in most patients.12 Invented Journal of Oncology 2023; 14: 205\n"
                + "Toxicity was mild^{3,4} and reversible in the cohort7,8 of older patients.\n"
                + "Invented Journal. https://doi.org/10.5555/abc/xyz341 and https://doi.org/10.5555/ inv.96.21.12186";
        TextFidelity.Score s = TextFidelity.score(candidate, candidate, running);
        assertEquals(1, s.runningLines());
        assertEquals(2, s.gluedMarkers());
    }

    @Test
    void jatsReferenceIsAbstractAndBodyWithoutMarkup() {
        String xml = "<article><front><article-title>Not this</article-title><abstract><p>Short &amp; clear.</p></abstract>"
                + "</front><body><sec><title>Methods</title><p>We enrolled 40&#x2009;patients<xref>5</xref>.</p></sec></body>"
                + "<back><ref-list><ref>Nor this</ref></ref-list></back></article>";
        String ref = TextFidelity.referenceText("paper.nxml", xml);
        assertTrue(ref.contains("Short & clear.") && ref.contains("Methods") && ref.contains("40\u2009patients5."), ref);
        assertFalse(ref.contains("Not this") || ref.contains("Nor this"), ref);
        assertEquals(xml, TextFidelity.referenceText("paper.txt", xml));
    }

    @Test
    void scriptGroupsReadAsPlainText() {
        TextFidelity.Score s = TextFidelity.score("grown under 13C air and cited12 here", "grown under ^{13}C air and cited^{12} here", Set.of());
        assertEquals(1.0, s.bigramRecall(), 1e-9);
    }

    @Test
    void plainReferenceLosesRunningLinesAndPageNumbers() {
        Set<String> running = Set.of(TextFidelity.key("Invented Journal of Oncology 2023; 14: 117"));
        String ref = "First line of the body.\nInvented Journal of Oncology 2023; 14: 118\n7 / 12\nSecond line of the body.\n";
        assertEquals("First line of the body.\nSecond line of the body.\n", TextFidelity.withoutRunningLines(ref, running));
    }
}
