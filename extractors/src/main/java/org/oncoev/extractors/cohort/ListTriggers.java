package org.oncoev.extractors.cohort;

/**
 * One pass over a segment for the words that gate the rarer list rules: {@code toxicity}, {@code safety} or
 * {@code adverse} ({@link SafetyShares}) and {@code respectively} ({@link CohortLists#respectiveCounts}). Each is
 * checked only where one of its less common letters stands, so a segment is read once for all of them. Pure.
 */
final class ListTriggers {
    private ListTriggers() {}

    static final int SAFETY = 1;
    static final int RESPECTIVELY = 2;

    /** The triggers present in {@code s} as a bit set of {@link #SAFETY} and {@link #RESPECTIVELY}. */
    static int of(String s) {
        int found = 0;
        for (int i = 1; i < s.length() && found != (SAFETY | RESPECTIVELY); i++) {
            char c = s.charAt(i);
            if (c == 'x') {
                if (s.startsWith("oxicit", i - 1)) found |= SAFETY;
            } else if (c == 'f') {
                if (s.startsWith("afety", i - 1)) found |= SAFETY;
            } else if (c == 'v') {
                if (s.startsWith("dverse", i - 1)) found |= SAFETY;
                else if (i >= 8 && s.startsWith("respectively", i - 8)) found |= RESPECTIVELY;
            }
        }
        return found;
    }
}
