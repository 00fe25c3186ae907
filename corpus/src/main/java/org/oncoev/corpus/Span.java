package org.oncoev.corpus;

/** A half-open character range {@code [start, end)}. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public int length() {
        return end - start;
    }

    public String coveredText(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
