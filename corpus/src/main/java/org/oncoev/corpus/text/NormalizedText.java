package org.oncoev.corpus.text;

import java.util.Arrays;

/**
 * Normalised text plus its offset map: character {@code i} of {@link #text()} was produced by the
 * half-open source range {@code [starts[i], ends[i])}. Both arrays are non-decreasing and have one
 * entry per character. Immutable (the arrays are never exposed for writing).
 */
public final class NormalizedText {
    private final String text;
    private final int[] starts;
    private final int[] ends;

    NormalizedText(String text, int[] starts, int[] ends) {
        if (starts.length != text.length() || ends.length != text.length())
            throw new IllegalArgumentException("offset arrays must match text length");
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public String text() { return text; }

    public int length() { return text.length(); }

    public boolean isEmpty() { return text.isEmpty(); }

    /** Source offset where character {@code i} begins. */
    public int sourceStart(int i) { return starts[i]; }

    /** Source offset (exclusive) where character {@code i} ends. */
    public int sourceEnd(int i) { return ends[i]; }

    /** A copy of the start offsets. */
    public int[] starts() { return starts.clone(); }

    /** A copy of the end offsets. */
    public int[] ends() { return ends.clone(); }

    /** The characters {@code [from, to)} with their offsets. */
    public NormalizedText sub(int from, int to) {
        return new NormalizedText(text.substring(from, to), Arrays.copyOfRange(starts, from, to),
                Arrays.copyOfRange(ends, from, to));
    }

    /** This text without leading and trailing whitespace (space, tab, newline). */
    public NormalizedText strip() {
        int a = 0, b = text.length();
        while (a < b && isWs(text.charAt(a))) a++;
        while (b > a && isWs(text.charAt(b - 1))) b--;
        return a == 0 && b == text.length() ? this : sub(a, b);
    }

    private static boolean isWs(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    @Override
    public String toString() {
        return text;
    }
}
