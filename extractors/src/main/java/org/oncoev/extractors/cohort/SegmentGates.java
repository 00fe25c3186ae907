package org.oncoev.extractors.cohort;

import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.Keywords;

/**
 * Cheap necessary conditions read once per segment, so that whole rule families are skipped on segments where
 * their regexes cannot match. Each holds wherever its rules could find something (it may hold elsewhere): words
 * are compared folded ({@link Folded}), which equates at least the characters the rules' case-insensitive regexes
 * equate. Stateless.
 */
final class SegmentGates {
    private SegmentGates() {}

    /**
     * A patient noun ({@link CohortExtractor#NOUN_WORDS}) right after a {@code \s} character: every noun-count,
     * shared-noun, counts-sharing-noun and safety-share match ends with such a noun.
     */
    static boolean nounAfterSpace(String s) {
        // the keyword search skips along the text; each noun it finds is kept when a space precedes it
        for (int i = CohortExtractor.NOUN_WORDS.indexIn(s, 1); i >= 0; i = CohortExtractor.NOUN_WORDS.indexIn(s, i + 1)) {
            if (Folded.isRegexSpace(s.charAt(i - 1))) return true;
        }
        return false;
    }

    /**
     * One of the relative leads of {@code CohortExtractor.ELIDED} ({@code among whom}, {@code of whom},
     * {@code of these}, {@code of them}, {@code among them}): each contains {@code whom}, {@code of the} or
     * {@code among them}.
     */
    static boolean relativeLead(String s) {
        return RELATIVE_LEADS.in(s);
    }

    private static final Keywords RELATIVE_LEADS = new Keywords("whom", "of the", "among them");
}
