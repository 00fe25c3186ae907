package org.oncoev.corpus.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncoev.corpus.Span;

/** Runs without white space are cut before the model sees them, so splitting stays linear in the text. */
class SentenceSplitterCostTest {
    @Test
    void longRunOfDotsIsSplitInLinearTime() {
        String dots = "0.0.0.".repeat(100_000);
        long t0 = System.nanoTime();
        List<Span> spans = SentenceSplitter.split(dots);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 10, "600 KB of dots took " + seconds + " s");
        assertTrue(!spans.isEmpty());
        int covered = 0;
        for (Span s : spans) covered += s.end() - s.start();
        assertEquals(dots.length(), covered, "every character is in a sentence");
    }

    @Test
    void aLongTokenInsideASentenceDoesNotEndIt() {
        String link = "https://example.org/" + "segment-".repeat(40) + "end";
        String text = "Data are deposited at " + link + " for reuse. A second sentence follows here.";
        List<Span> spans = SentenceSplitter.split(text);
        assertEquals(2, spans.size(), spans.toString());
        assertEquals("A second sentence follows here.", text.substring(spans.get(1).start(), spans.get(1).end()));
    }

    @Test
    void repeatedPunctuationWithSpacesStaysFast() {
        String text = "Value . ? ! ".repeat(50_000);
        long t0 = System.nanoTime();
        SentenceSplitter.split(text);
        assertTrue((System.nanoTime() - t0) / 1e9 < 10);
    }
}
