package org.oncoev.extractors.text;

/**
 * Reads a run of digits, marks and {@code \s} characters ahead, for start tests of regexes whose match runs through
 * such characters to a closing or opening character: {@code (3, 5-7)}, {@code 1 024 (}. Stateless.
 */
public final class NumberRuns {
    private NumberRuns() {}

    /**
     * True when the characters of {@code s} from {@code from} on are ASCII digits, characters of {@code marks} or
     * {@code \s} up to a {@code target}, or run on past {@code look} characters from {@code start} (then the caller's
     * regex decides); false when another character or the end of the text comes first.
     */
    public static boolean reach(String s, int start, int from, int look, char target, String marks) {
        int end = Math.min(s.length(), start + look);
        for (int j = from; j < end; j++) {
            char c = s.charAt(j);
            if (c == target) return true;
            if (!(c >= '0' && c <= '9' || marks.indexOf(c) >= 0 || Folded.isRegexSpace(c))) return false;
        }
        return end - start == look;
    }
}
