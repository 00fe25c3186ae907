package org.oncoev.extractors;

import org.oncoev.corpus.Passage;

/** Builds {@link Finding}s with provenance from a passage range, so extractors never compute offsets by hand. */
public final class Findings {
    private Findings() {}

    /**
     * A finding covering passage characters {@code [start, end)}; the source offsets are mapped through
     * the passage's offset map and {@code raw} is the covered passage text.
     */
    public static Finding of(Extractor extractor, Passage passage, Fact fact, int start, int end,
                             double confidence, String arm, boolean cited) {
        int s = Math.max(0, Math.min(start, passage.text().length()));
        int e = Math.max(s, Math.min(end, passage.text().length()));
        int srcStart = passage.sourceStart(s);
        int srcEnd = e > s ? passage.sourceEnd(e) : srcStart;
        return new Finding(fact, passage.text().substring(s, e), passage.ordinal(), s, e, srcStart, srcEnd,
                confidence, extractor.name(), extractor.version(), arm, cited, null);
    }
}
