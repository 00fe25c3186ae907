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

    /**
     * The parts joined by single spaces; a joining space maps to the empty source range at the end of the
     * part before it (so a passage built from several source pieces can be told apart). Empty parts are skipped.
     */
    static NormalizedText join(java.util.List<NormalizedText> parts) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (NormalizedText p : parts) if (!p.isEmpty()) n += p.length() + 1;
        int[] s = new int[Math.max(0, n - 1)], e = new int[Math.max(0, n - 1)];
        int at = 0;
        for (NormalizedText p : parts) {
            if (p.isEmpty()) continue;
            if (at > 0) {
                sb.append(' ');
                s[at] = e[at - 1];
                e[at] = e[at - 1];
                at++;
            }
            sb.append(p.text);
            System.arraycopy(p.starts, 0, s, at, p.length());
            System.arraycopy(p.ends, 0, e, at, p.length());
            at += p.length();
        }
        return new NormalizedText(sb.toString(), s, e);
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
