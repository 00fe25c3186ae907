package org.oncoev.corpus.jats;

import java.util.Arrays;

/**
 * Text built from an XML file, each character with the half-open source range of the XML text that
 * produced it (a character from {@code &lt;} maps to all five characters; an inserted separator maps
 * to the markup it stands for). Ranges are kept non-decreasing by the callers, who append in document
 * order. Not thread-safe; a builder.
 */
final class MappedText {
    private final StringBuilder text = new StringBuilder();
    private int[] starts = new int[16];
    private int[] ends = new int[16];

    int length() { return text.length(); }

    boolean isEmpty() { return text.length() == 0; }

    char charAt(int i) { return text.charAt(i); }

    /** The last character, or 0 when empty. */
    char last() { return text.length() == 0 ? 0 : text.charAt(text.length() - 1); }

    String text() { return text.toString(); }

    int start(int i) { return starts[i]; }

    int end(int i) { return ends[i]; }

    /** Appends one character produced by source {@code [start, end)}. */
    void append(char c, int start, int end) {
        int n = text.length();
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
        }
        text.append(c);
        starts[n] = start;
        ends[n] = end;
    }

    /** Appends every character of {@code s}, all mapped to source {@code [start, end)}. */
    void append(String s, int start, int end) {
        for (int i = 0; i < s.length(); i++) append(s.charAt(i), start, end);
    }

    /** Appends characters {@code [from, to)} of {@code other} with their ranges. */
    void append(MappedText other, int from, int to) {
        for (int i = from; i < to; i++) append(other.text.charAt(i), other.starts[i], other.ends[i]);
    }

    /** Appends a space mapped to {@code [at, at)} unless the text is empty or already ends in whitespace. */
    void space(int at) {
        if (text.length() == 0) return;
        char c = last();
        if (c == ' ' || c == '\n' || c == '\t') return;
        append(' ', Math.max(at, ends[text.length() - 1]), Math.max(at, ends[text.length() - 1]));
    }

    /** True when the text holds a character other than whitespace. */
    boolean hasContent() {
        for (int i = 0; i < text.length(); i++) if (!Character.isWhitespace(text.charAt(i))) return true;
        return false;
    }
}
