package org.oncoev.extractors.text;

import java.util.Arrays;

/**
 * The candidate start positions of a text: where a token starts (a letter or digit, by
 * {@link Character#isLetterOrDigit(char)}, that does not follow one) and where a clause mark {@code , ; : (} stands.
 * Built in one pass and shared by every {@link StartScan} over the same text, so that scans whose starts are all
 * such positions visit these only instead of every character. Every position where a letter or digit passes
 * {@link StartScan#wordMayStart} is a token start, and so is every count start (a digit or letter after no letter
 * and no decimal digit). Immutable once built; {@link #of} keeps the last index per thread.
 */
public final class TokenStarts {
    private static final ThreadLocal<TokenStarts> LAST = new ThreadLocal<>();
    private static final boolean[] LETTER_OR_DIGIT_ASCII = new boolean[128];
    static {
        for (char c = 0; c < 128; c++) LETTER_OR_DIGIT_ASCII[c] = Character.isLetterOrDigit(c);
    }

    private final String text;
    private final int[] at;
    private final int size;

    private TokenStarts(String text) {
        this.text = text;
        int[] found = new int[Math.max(8, text.length() / 4)];
        int n = 0;
        boolean previous = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = letterOrDigit(c);
            if (word && !previous || c == ',' || c == ';' || c == ':' || c == '(') {
                if (n == found.length) found = Arrays.copyOf(found, n * 2);
                found[n++] = i;
            }
            previous = word;
        }
        this.at = found;
        this.size = n;
    }

    /** The token starts of {@code text}: the index this thread built last when it was built for the same string object. */
    public static TokenStarts of(String text) {
        TokenStarts last = LAST.get();
        if (last != null && last.text == text) return last;
        TokenStarts built = new TokenStarts(text);
        LAST.set(built);
        return built;
    }

    static boolean letterOrDigit(char c) {
        return c < 128 ? LETTER_OR_DIGIT_ASCII[c] : Character.isLetterOrDigit(c);
    }

    /** The text indexed (the same object as given to {@link #of}). */
    public String text() {
        return text;
    }

    /** Number of positions. */
    public int size() {
        return size;
    }

    /** The {@code k}-th position, in increasing order. */
    public int get(int k) {
        return at[k];
    }

    /** The index of the first position at or after {@code from} ({@link #size()} when there is none). */
    public int firstAtOrAfter(int from) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] < from) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
