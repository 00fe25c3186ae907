package org.oncoev.corpus.text;

import java.util.Arrays;

/**
 * Appends normalised characters with their source ranges. Dropped opening markup is attached to the
 * next emitted character ({@link #dropBefore}); dropped closing markup and citation marks to the
 * previous one ({@link #dropAfter}), so that slicing the source by a passage's first and last
 * character always includes the markup around them. Whitespace is emitted lazily: a pending run
 * becomes one space only when a visible character follows. Not thread-safe; one per normalisation.
 */
final class OffsetBuilder {
    private final StringBuilder out;
    private int[] starts;
    private int[] ends;
    private int pendingStart = -1;
    private int wsStart = -1;
    private int wsEnd = -1;
    private boolean wsNewline;

    OffsetBuilder(int capacity) {
        int cap = Math.max(16, capacity);
        out = new StringBuilder(cap);
        starts = new int[cap];
        ends = new int[cap];
    }

    int length() { return out.length(); }

    char last() { return out.length() == 0 ? 0 : out.charAt(out.length() - 1); }

    char charAt(int i) { return out.charAt(i); }

    /** Records whitespace at {@code [s, e)}; {@code newline} when it contains a line break. */
    void whitespace(int s, int e, boolean newline) {
        if (wsStart < 0) wsStart = s;
        wsEnd = e;
        wsNewline |= newline;
    }

    boolean hasPendingWhitespace() { return wsStart >= 0; }

    boolean pendingWhitespaceHasNewline() { return wsNewline; }

    /** Forgets pending whitespace (it stays unmapped, inside the passage's source range). */
    void discardWhitespace() {
        wsStart = -1;
        wsNewline = false;
    }

    /** Emits pending whitespace as a single space, if any visible character precedes it. */
    void flushWhitespace() {
        if (wsStart < 0) return;
        int s = wsStart, e = wsEnd;
        discardWhitespace();
        char l = last();
        if (out.length() > 0 && l != ' ' && l != '\n' && l != '\t') put(' ', s, e, false);
    }

    /** Emits {@code c} for source {@code [s, e)} after any pending whitespace. */
    void emit(char c, int s, int e) {
        flushWhitespace();
        put(c, s, e, true);
    }

    /** Emits a structural character (tab or newline in tables), dropping pending spaces. */
    void emitStructural(char c, int s, int e) {
        discardWhitespace();
        if (out.length() == 0) return;
        if (c == '\n' && (last() == '\n')) { extendLast(e); return; }
        if (c == '\n' && last() == ' ') { out.setCharAt(out.length() - 1, '\n'); ends[out.length() - 1] = e; return; }
        put(c, s, e, true);
    }

    private void put(char c, int s, int e, boolean takePending) {
        int n = out.length();
        if (n == starts.length) {
            int cap = n * 2;
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
        }
        if (takePending && pendingStart >= 0) { s = Math.min(s, pendingStart); pendingStart = -1; }
        if (n > 0) {
            if (s < starts[n - 1]) s = starts[n - 1];
            if (e < ends[n - 1]) e = ends[n - 1];
        }
        if (e < s) e = s;
        out.append(c);
        starts[n] = s;
        ends[n] = e;
    }

    /** The pending start of dropped opening markup, or -1. */
    int pending() { return pendingStart; }

    /** Restores the pending start (when the markup turned out to wrap nothing). */
    void setPending(int s) { pendingStart = s; }

    /** Drops source {@code [s, e)} as opening markup: it belongs to the next character. */
    void dropBefore(int s) {
        if (pendingStart < 0) pendingStart = s;
    }

    /** Drops source ending at {@code e} as closing markup or a mark: it belongs to the previous character. */
    void dropAfter(int s, int e) {
        if (wsStart >= 0 || out.length() == 0) { dropBefore(s); return; }
        extendLast(e);
    }

    private void extendLast(int e) {
        int n = out.length();
        if (n > 0 && ends[n - 1] < e) ends[n - 1] = e;
    }

    NormalizedText build() {
        int n = out.length();
        return new NormalizedText(out.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }
}
