package org.oncoev.extractors.text;

/**
 * A fixed set of lower-case ASCII keywords searched case-folded ({@link Folded#fold}), indexed by first letter so
 * that most text positions are rejected with one table lookup. Used as a necessary condition before costly
 * regexes: whenever a regex literal matches, its keyword is found here. When every keyword has three letters or
 * more, {@link #indexIn} skips along the text by folded letter pairs (Wu-Manber) instead of trying every position.
 * Immutable and thread-safe.
 */
public final class Keywords {
    private final String[][] byFirst = new String[128][];
    /** Bit {@code d} of row {@code c} (two longs a row): a keyword of two or more letters starts with {@code c}, {@code d}. */
    private final long[] second = new long[256];
    /** A one-letter keyword is {@code c}: the second character is not checked before the words. */
    private final boolean[] single = new boolean[128];
    /** Length of the shortest keyword. */
    private final int shortest;
    /**
     * For {@link #indexIn} when {@link #shortest} is 3 or more, by folded letter pair {@code a * 128 + b} (non-ASCII
     * folded to 0): how far the end of a {@code shortest}-long window may move on when it ends with that pair.
     */
    private final byte[] shift;

    public Keywords(String... words) {
        for (String w : words) {
            char c = w.charAt(0);
            if (c >= 128 || w.chars().anyMatch(ch -> ch == 0 || ch >= 128 || (ch >= 'A' && ch <= 'Z')))
                throw new IllegalArgumentException("keywords are lower-case ASCII: " + w);
            String[] old = byFirst[c];
            String[] grown = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = w;
            byFirst[c] = grown;
            if (w.length() == 1) single[c] = true;
            else second[c * 2 + (w.charAt(1) >> 6)] |= 1L << (w.charAt(1) & 63);
        }
        int min = Integer.MAX_VALUE;
        for (String w : words) min = Math.min(min, w.length());
        shortest = min;
        shift = min >= 3 && min <= 100 ? pairShifts(words, min) : null;
    }

    /** The Wu-Manber shift table over the first {@code window} letters of each word. */
    private static byte[] pairShifts(String[] words, int window) {
        byte[] table = new byte[128 * 128];
        java.util.Arrays.fill(table, (byte) (window - 1));
        for (String w : words) {
            for (int j = 1; j < window; j++) {
                int pair = w.charAt(j - 1) * 128 + w.charAt(j);
                table[pair] = (byte) Math.min(table[pair], window - 1 - j);
            }
        }
        return table;
    }

    /** True when one of the keywords starts at {@code i}. */
    public boolean at(String s, int i) {
        char c = Folded.fold(s.charAt(i));
        if (c >= 128) return false;
        String[] words = byFirst[c];
        if (words == null) return false;
        if (!single[c]) {
            // most positions with a keyword's first letter fail on the second: one bit test rejects them
            if (i + 1 >= s.length()) return false;
            char d = Folded.fold(s.charAt(i + 1));
            if (d >= 128 || (second[c * 2 + (d >> 6)] & (1L << (d & 63))) == 0) return false;
        }
        for (String w : words) if (Folded.startsWith(s, i, w)) return true;
        return false;
    }

    /** True when one of the keywords occurs in {@code s}. */
    public boolean in(String s) {
        return indexIn(s, 0) >= 0;
    }

    /** First position at or after {@code from} where a keyword starts, or -1. */
    public int indexIn(String s, int from) {
        return indexIn(s, from, s.length());
    }

    /** True when a keyword starts in {@code [from, to)} of {@code s} (it may run on past {@code to}). */
    public boolean startsIn(String s, int from, int to) {
        return indexIn(s, from, to) >= 0;
    }

    /** First position in {@code [from, to)} where a keyword starts (it may run on past {@code to}), or -1. */
    private int indexIn(String s, int from, int to) {
        if (shift == null) {
            for (int i = Math.max(0, from); i < Math.min(to, s.length()); i++) if (at(s, i)) return i;
            return -1;
        }
        // the window [i - shortest + 1, i] is where a keyword may start; its last folded pair says how far it may move
        int n = Math.min(s.length(), to + shortest - 1);
        byte[] table = shift;
        for (int i = Math.max(0, from) + shortest - 1; i < n; ) {
            int step = table[asciiFold(s.charAt(i - 1)) * 128 + asciiFold(s.charAt(i))];
            if (step > 0) {
                i += step;
                continue;
            }
            if (at(s, i - shortest + 1)) return i - shortest + 1;
            i++;
        }
        return -1;
    }

    /** {@link Folded#fold} of {@code c} when that is ASCII, else 0 (no keyword holds it). */
    private static int asciiFold(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : c;
        char f = Folded.fold(c);
        return f < 128 ? f : 0;
    }

    /** Last position where a keyword starts right after a {@code \s} character, or -1. */
    public int lastAfterSpace(String s) {
        for (int i = s.length() - 1; i >= 1; i--) {
            if (Folded.isRegexSpace(s.charAt(i - 1)) && at(s, i)) return i;
        }
        return -1;
    }
}
