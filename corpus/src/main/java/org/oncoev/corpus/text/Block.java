package org.oncoev.corpus.text;

/**
 * A run of source lines between blank lines: {@code [start, end)} in the source text, without the
 * trailing line break. {@code table} is true when most lines are tab- or pipe-separated rows;
 * {@code label} when the block is a single structural label line (markdown {@code #} heading or a
 * {@code BODY.RESULTS:}-style label). {@code joined} is true when the block continues the previous prose
 * block across a running header, footer or page number line that {@link BlockSplitter} cut out.
 */
record Block(int start, int end, int lines, boolean table, boolean label, boolean joined) {
    Block(int start, int end, int lines, boolean table, boolean label) {
        this(start, end, lines, table, label, false);
    }
}
