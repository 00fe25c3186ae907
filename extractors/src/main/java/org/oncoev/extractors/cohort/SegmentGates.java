package org.oncoev.extractors.cohort;

import org.oncoev.extractors.text.Folded;

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
        for (int i = 1; i < s.length(); i++) {
            if (Folded.isRegexSpace(s.charAt(i - 1)) && CohortExtractor.NOUN_WORDS.at(s, i)) return true;
        }
        return false;
    }

    /**
     * One of the relative leads of {@code CohortExtractor.ELIDED} ({@code among whom}, {@code of whom},
     * {@code of these}, {@code of them}, {@code among them}): each contains {@code whom}, {@code of the} or
     * {@code among them}.
     */
    static boolean relativeLead(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = Folded.fold(s.charAt(i));
            if (c == 'w' ? Folded.startsWith(s, i, "whom")
                    : c == 'o' ? Folded.startsWith(s, i, "of the")
                    : c == 'a' && Folded.startsWith(s, i, "among them")) return true;
        }
        return false;
    }
}
