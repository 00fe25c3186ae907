package org.oncoev.extractors.cohort;

import org.oncoev.extractors.text.Keywords;

/**
 * The words that gate the rarer list rules: {@code toxicity}, {@code safety} or {@code adverse} ({@link SafetyShares})
 * and {@code respectively} ({@link CohortLists#respectiveCounts}), found case-sensitively by the word's less common
 * part ({@code oxicit}, {@code afety}, {@code dverse}, {@code respectively}) with {@link String#indexOf}. Pure.
 */
final class ListTriggers {
    private ListTriggers() {}

    static final String[] WORDS = {"oxicit", "afety", "dverse", "respectively"};
    private static final Keywords FOLDED = new Keywords(WORDS);

    static final int SAFETY = 1;
    static final int RESPECTIVELY = 2;

    /** The triggers present in {@code s} as a bit set of {@link #SAFETY} and {@link #RESPECTIVELY}. */
    static int of(String s) {
        // the folded search finds every case-sensitive occurrence: a text without a hit has no trigger
        if (!FOLDED.in(s)) return 0;
        int found = s.contains("oxicit") || s.contains("afety") || s.contains("dverse") ? SAFETY : 0;
        return s.contains("respectively") ? found | RESPECTIVELY : found;
    }
}
