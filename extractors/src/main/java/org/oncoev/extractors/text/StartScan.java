package org.oncoev.extractors.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A faster {@code while (m.find())} for regexes whose matches can only start where a cheap test holds: the
 * regex is tried ({@link Matcher#lookingAt()}) only at positions that pass the test, instead of at every
 * position. With transparent, non-anchoring bounds a match tried at a position is the one {@code find()}
 * would report there, so the matches are the same as a plain {@code find()} loop's as long as the test
 * holds at every position where the regex can match. Stateless; matchers are per call.
 */
public final class StartScan {
    private StartScan() {}

    /** Where a match of one regex may start: must hold wherever the regex can match (may hold elsewhere). */
    @FunctionalInterface
    public interface StartTest {
        boolean mayStart(CharSequence s, int i);
    }

    /** A matcher over {@code s} prepared for {@link #find}: lookarounds see past the region, {@code ^ $} do not stop at it. */
    public static Matcher matcher(Pattern p, CharSequence s) {
        return p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * Moves {@code m} (from {@link #matcher}) to the first match starting in {@code [from, limit)} at a position
     * that passes {@code test}; false when there is none. Continue with {@link #next(Matcher)} as {@code from}.
     */
    public static boolean find(Matcher m, CharSequence s, int from, int limit, StartTest test) {
        int end = Math.min(limit, s.length());
        for (int i = Math.max(0, from); i < end; i++) {
            if (!test.mayStart(s, i)) continue;
            m.region(i, s.length());
            if (m.lookingAt()) return true;
        }
        return false;
    }

    /**
     * False only where {@code \\b} cannot hold before a word character at {@code i}: right after a letter, digit
     * or underscore (other characters, such as combining marks, are left to the regex).
     */
    public static boolean wordMayStart(CharSequence s, int i) {
        if (i == 0) return true;
        char before = s.charAt(i - 1);
        return !(before == '_' || Character.isLetterOrDigit(before));
    }

    /** Where {@code find()} would resume after the current match (one past it when it was empty). */
    public static int next(Matcher m) {
        return m.end() == m.start() ? m.end() + 1 : m.end();
    }
}
