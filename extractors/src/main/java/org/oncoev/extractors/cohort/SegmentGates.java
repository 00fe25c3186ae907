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
        return SPACED_NOUNS.in(s);
    }

    /** Each noun of {@link CohortExtractor#NOUN_WORDS} after each {@code \s} character (which folds to itself). */
    static final String[] SPACED_NOUN_WORDS = spacedNouns();
    private static final Keywords SPACED_NOUNS = new Keywords(SPACED_NOUN_WORDS);

    private static String[] spacedNouns() {
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String noun : CohortExtractor.NOUNS.split("\\|")) {
            for (char space : " \t\n\u000B\f\r".toCharArray()) words.add(space + noun);
        }
        return words.toArray(new String[0]);
    }

    /**
     * One of the relative leads of {@code CohortExtractor.ELIDED} ({@code among whom}, {@code of whom},
     * {@code of these}, {@code of them}, {@code among them}): each contains {@code whom}, {@code of the} or
     * {@code among them}.
     */
    static boolean relativeLead(String s) {
        return RELATIVE_LEADS.in(s);
    }

    static final String[] RELATIVE_LEAD_WORDS = {"whom", "of the", "among them"};
    private static final Keywords RELATIVE_LEADS = new Keywords(RELATIVE_LEAD_WORDS);
}
