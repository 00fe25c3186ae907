package org.oncoev.extractors.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A faster {@code while (m.find())} for regexes whose matches can only start where a cheap test holds: the
 * regex is tried ({@link Matcher#lookingAt()}) only at positions that pass the test, instead of at every
 * position, and its matcher is only made once a position passes. With transparent, non-anchoring bounds a
 * match tried at a position is the one {@code find()} would report there, so the matches are the same as a
 * plain {@code find()} loop's as long as the test holds at every position where the regex can match, for
 * regexes that cannot match the empty string at the very end of the text (no caller's can). One scan per text
 * and thread.
 */
public final class StartScan {
    /** Where a match of one regex may start: must hold wherever the regex can match (may hold elsewhere). */
    @FunctionalInterface
    public interface StartTest {
        boolean mayStart(String s, int i);
    }

    private final Pattern pattern;
    private final String text;
    private final StartChars first;
    private final StartTest test;
    /** When set, the only positions tried (the test holds nowhere else). */
    private final TokenStarts tokens;
    /** When set, the only positions tried are where this text occurs (the test holds nowhere else). */
    private final String literal;
    /** Index into {@link #tokens} of the first token start at or after the last {@code from} asked. */
    private int cursor;
    private int cursorFrom = Integer.MAX_VALUE;
    private Matcher matcher;

    /** A scan trying {@code pattern} at positions of {@code text} whose character is in {@code first} and that pass {@code test}. */
    public StartScan(Pattern pattern, String text, StartChars first, StartTest test) {
        this.pattern = pattern;
        this.text = text;
        this.first = first;
        this.test = test;
        this.tokens = null;
        this.literal = null;
    }

    /**
     * A scan that tries only the positions where {@code literal} occurs (case-sensitively) in {@code text}, found by
     * {@link String#indexOf(String, int)}: for regexes whose every match starts with that literal.
     */
    public static StartScan atLiteral(Pattern pattern, String text, String literal) {
        return new StartScan(pattern, text, StartChars.any(), (t, i) -> true, null, literal);
    }

    /** As {@link #atLiteral(Pattern, String, String)}, trying only the occurrences where {@code test} also holds. */
    public static StartScan atLiteral(Pattern pattern, String text, String literal, StartTest test) {
        return new StartScan(pattern, text, StartChars.any(), test, null, literal);
    }

    /**
     * A scan that tries only the token starts and clause marks of {@code text} ({@link TokenStarts}): for tests that
     * can only hold at a letter or digit that follows no letter or digit (a word start: {@link #wordMayStart} at a
     * letter or digit; a count start) or at one of {@code , ; : (}. The matches are those of the scan over every
     * position.
     */
    public static StartScan atTokenStarts(Pattern pattern, String text, StartChars first, StartTest test) {
        return new StartScan(pattern, text, first, test, TokenStarts.of(text), null);
    }

    /**
     * A scan that tries only the positions marked in {@code marks} (one entry per character of {@code text}), in
     * order: for tests precomputed as such an array. The matches are those of the scan over every position with the
     * test {@code marks[i]}.
     */
    public static StartScan atMarked(Pattern pattern, String text, boolean[] marks) {
        return new StartScan(pattern, text, StartChars.any(), (t, i) -> true, TokenStarts.marked(text, marks), null);
    }

    /**
     * A scan that tries only {@code positions} (increasing positions of {@code text}): for callers that list where
     * their test holds. The matches are those of the scan over every position with the test "is one of them".
     */
    public static StartScan atPositions(Pattern pattern, String text, int[] positions) {
        return new StartScan(pattern, text, StartChars.any(), (t, i) -> true, TokenStarts.listed(text, positions), null);
    }

    private StartScan(Pattern pattern, String text, StartChars first, StartTest test, TokenStarts tokens, String literal) {
        this.pattern = pattern;
        this.text = text;
        this.first = first;
        this.test = test;
        this.tokens = tokens;
        this.literal = literal;
    }

    /** {@link #find(int, int)} up to the end of the text. */
    public boolean find(int from) {
        return find(from, text.length());
    }

    /**
     * Moves to the first match starting in {@code [from, limit)} at a position that passes the test; false when
     * there is none. Continue with {@link #next()} as {@code from}.
     */
    public boolean find(int from, int limit) {
        return find(from, limit, text.length());
    }

    /**
     * As {@link #find(int, int)}, but a match must end by {@code regionEnd} (lookarounds still see past it), as
     * {@code find()} in a region {@code [from, regionEnd)} with transparent bounds.
     */
    public boolean find(int from, int limit, int regionEnd) {
        int end = Math.min(limit, regionEnd);
        if (tokens != null) return findAtTokens(Math.max(0, from), end, regionEnd);
        if (literal != null) {
            String t = text;
            for (int i = t.indexOf(literal, Math.max(0, from)); i >= 0 && i < end; i = t.indexOf(literal, i + 1)) {
                if (test.mayStart(t, i) && tryAt(i, regionEnd)) return true;
            }
            return false;
        }
        for (int i = Math.max(0, from); i < end; i++) {
            if (!first.contains(text.charAt(i)) || !test.mayStart(text, i)) continue;
            if (matcher == null) {
                // lookarounds see past the region; ^ and $ do not stop at it
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(i, regionEnd);
            if (matcher.lookingAt()) return true;
        }
        return false;
    }

    /** True when the regex matches at {@code i} (within {@code regionEnd}); the matcher then stands on it. */
    private boolean tryAt(int i, int regionEnd) {
        if (matcher == null) {
            // lookarounds see past the region; ^ and $ do not stop at it
            matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        matcher.region(i, regionEnd);
        return matcher.lookingAt();
    }

    /** {@link #find(int, int, int)} over the token starts in {@code [from, end)} only. */
    private boolean findAtTokens(int from, int end, int regionEnd) {
        // find() is asked at increasing positions: walk on from the last answer instead of searching again
        int k = from >= cursorFrom ? cursor : 0;
        int size = tokens.size();
        if (k < size && tokens.get(k) < from) {
            k = k == 0 ? tokens.firstAtOrAfter(from) : k;
            while (k < size && tokens.get(k) < from) k++;
        }
        cursor = k;
        cursorFrom = from;
        for (; k < size; k++) {
            int i = tokens.get(k);
            if (i >= end) return false;
            if (!first.contains(text.charAt(i)) || !test.mayStart(text, i)) continue;
            if (tryAt(i, regionEnd)) {
                cursor = k;
                cursorFrom = i;
                return true;
            }
        }
        return false;
    }

    /** The matcher, standing on the last match found (read its groups only after {@link #find} returned true). */
    public Matcher matcher() {
        return matcher;
    }

    /** Where {@code find()} would resume after the current match (one past it when it was empty). */
    public int next() {
        return matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
    }

    /** ASCII letters, digits and {@code _}. */
    private static final boolean[] WORD_ASCII = new boolean[128];
    static {
        for (char c = 0; c < 128; c++) WORD_ASCII[c] = c == '_' || Character.isLetterOrDigit(c);
    }

    /**
     * False only where {@code \b} cannot hold before a word character at {@code i}: right after a letter, digit
     * or underscore (other characters, such as combining marks, are left to the regex).
     */
    public static boolean wordMayStart(String s, int i) {
        if (i == 0) return true;
        char before = s.charAt(i - 1);
        if (before < 128) return !WORD_ASCII[before];
        return !Character.isLetterOrDigit(before);
    }
}
