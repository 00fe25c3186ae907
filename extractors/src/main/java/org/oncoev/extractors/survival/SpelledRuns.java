package org.oncoev.extractors.survival;

import java.util.regex.Matcher;

/**
 * Narrows the search for a spelled endpoint ({@link EndpointLexicon}) to the stretches of a sentence that can
 * hold one. Every spelled form is made of ASCII letters, hyphens and spaces only, and contains one of the
 * keywords {@code surviv}, {@code control}, {@code time}, {@code duration} or {@code free} (ASCII case
 * ignored); so a match lies inside a maximal run of such characters around a keyword, and the regex need
 * only run there. Results equal a plain {@code find()} loop. Stateless.
 */
final class SpelledRuns {
    private static final String[] KEYWORDS = {"surviv", "control", "time", "duration", "free"};

    private SpelledRuns() {}

    /**
     * Moves {@code m} (a matcher over {@code s} with transparent bounds) to the first match starting at or after
     * {@code from} and returns its start, or -1 when there is none.
     */
    static int next(String s, int from, Matcher m) {
        int pos = from;
        while (pos < s.length()) {
            int k = nextKeyword(s, pos);
            if (k < 0) return -1;
            int runStart = k;
            while (runStart > pos && inRun(s.charAt(runStart - 1))) runStart--;
            int runEnd = k;
            while (runEnd < s.length() && inRun(s.charAt(runEnd))) runEnd++;
            m.region(runStart, runEnd);
            if (m.find()) return m.start();
            pos = runEnd;
        }
        return -1;
    }

    /** Start of the first keyword at or after {@code from}, or -1. */
    private static int nextKeyword(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            int c = s.charAt(i) | 0x20;
            if (c != 's' && c != 'c' && c != 't' && c != 'd' && c != 'f') continue;
            for (String k : KEYWORDS) if (k.charAt(0) == c && startsWith(s, i, k)) return i;
        }
        return -1;
    }

    /** ASCII case-insensitive: {@code keyword} is lower-case letters, and {@code | 0x20} folds only letters onto them. */
    private static boolean startsWith(String s, int at, String keyword) {
        if (at + keyword.length() > s.length()) return false;
        for (int j = 0; j < keyword.length(); j++) if ((s.charAt(at + j) | 0x20) != keyword.charAt(j)) return false;
        return true;
    }

    private static boolean inRun(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '\u2010' || c == '\u2011' || c == ' ';
    }
}
