package org.oncoev.extractors.text;

/**
 * A fixed set of lower-case ASCII keywords searched case-folded ({@link Folded#fold}), indexed by first letter so
 * that most text positions are rejected with one table lookup. Used as a necessary condition before costly
 * regexes: whenever a regex literal matches, its keyword is found here. When every keyword has three letters or
 * more, {@link #indexIn} skips along the text by folded letter pairs (Wu-Manber) instead of trying every position,
 * and past any character no keyword holds among its first letters.
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
     * For {@link #indexIn} when {@link #shortest} is 3 or more: a class number (from 1) for each ASCII character that
     * stands among the first {@code shortest} letters of a keyword, capitals sharing their letter's; 0 for the others.
     */
    private final byte[] classOf;
    /** The number of classes, 0 included. */
    private final int classes;
    /**
     * By class pair {@code a * classes + b}: how far the end of a {@code shortest}-long window may move on when it ends
     * with that pair (Wu-Manber).
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
        boolean skipping = min >= 3 && min <= 100;
        classOf = skipping ? charClasses(words, min) : null;
        int count = 0;
        for (int i = 0; skipping && i < 128; i++) count = Math.max(count, classOf[i]);
        classes = count + 1;
        shift = skipping ? pairShifts(words, min, classOf, classes) : null;
    }

    /** The class of each character among the first {@code window} letters of the words (see {@link #classOf}). */
    private static byte[] charClasses(String[] words, int window) {
        byte[] classOf = new byte[128];
        int k = 0;
        for (String w : words) {
            for (int j = 0; j < window; j++) {
                char c = w.charAt(j);
                if (classOf[c] != 0) continue;
                classOf[c] = (byte) ++k;
                if (c >= 'a' && c <= 'z') classOf[c - 32] = (byte) k;
            }
        }
        return classOf;
    }

    /** The Wu-Manber shift table over the first {@code window} letters of each word, by pair of character classes. */
    private static byte[] pairShifts(String[] words, int window, byte[] classOf, int classes) {
        byte[] table = new byte[classes * classes];
        java.util.Arrays.fill(table, (byte) (window - 1));
        for (String w : words) {
            for (int j = 1; j < window; j++) {
                int pair = classOf[w.charAt(j - 1)] * classes + classOf[w.charAt(j)];
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
        if (single[c]) return true;
        // most positions with a keyword's first letter fail on the second: one bit test rejects them
        if (i + 1 >= s.length()) return false;
        char d = Folded.fold(s.charAt(i + 1));
        if (d >= 128 || (second[c * 2 + (d >> 6)] & (1L << (d & 63))) == 0) return false;
        for (String w : words) if (w.charAt(1) == d && restAt(s, i, w)) return true;
        return false;
    }

    /** True when {@code w} occurs folded at {@code i} given that its first two letters do. */
    private static boolean restAt(String s, int i, String w) {
        if (i + w.length() > s.length()) return false;
        for (int j = 2; j < w.length(); j++) if (Folded.fold(s.charAt(i + j)) != w.charAt(j)) return false;
        return true;
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
        // the window [i - last, i] is where a keyword may start; its last folded pair says how far it may move
        int n = Math.min(s.length(), to + shortest - 1);
        byte[] table = shift;
        byte[] cls = classOf;
        int k = classes;
        int last = shortest - 1;
        for (int i = Math.max(0, from) + last; i < n; ) {
            int b = classOf(cls, s.charAt(i));
            if (b == 0) {
                // no keyword holds this character in its window: no window ending here or before it holds a start
                i += last + 1;
                continue;
            }
            int step = table[classOf(cls, s.charAt(i - 1)) * k + b];
            if (step > 0) {
                i += step;
                continue;
            }
            if (at(s, i - last)) return i - last;
            i++;
        }
        return -1;
    }

    /** The class of {@code c} folded ({@link Folded#fold}); 0 when no keyword holds it. */
    private static int classOf(byte[] cls, char c) {
        if (c < 128) return cls[c];
        char f = Folded.fold(c);
        return f < 128 ? cls[f] : 0;
    }

    /** Last position where a keyword starts right after a {@code \s} character, or -1. */
    public int lastAfterSpace(String s) {
        for (int i = s.length() - 1; i >= 1; i--) {
            if (Folded.isRegexSpace(s.charAt(i - 1)) && at(s, i)) return i;
        }
        return -1;
    }
}
