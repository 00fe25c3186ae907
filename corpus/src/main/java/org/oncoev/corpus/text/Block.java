package org.oncoev.corpus.text;

/**
 * A run of source lines between blank lines: {@code [start, end)} in the source text, without the
 * trailing line break. {@code table} is true when most lines are tab- or pipe-separated rows;
 * {@code label} when the block is a single structural label line (markdown {@code #} heading or a
 * {@code BODY.RESULTS:}-style label).
 */
record Block(int start, int end, int lines, boolean table, boolean label) {}
