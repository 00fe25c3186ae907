package org.oncoev.corpus.table;

/**
 * What a table reader cannot see in normalised passage text but the source shows: whether a line starts
 * indented (an em space or spaces before a sub-row label) and how many blank source lines a line break
 * stands for (a blank line is an empty cell in one-cell-per-line tables). Positions index the passage text.
 */
public interface LineHints {
    /** True when the line starting at passage position {@code lineStart} was indented in the source. */
    boolean indented(int lineStart);

    /** How many blank source lines the line break at passage position {@code newline} stands for. */
    int blankLinesAt(int newline);

    /**
     * True when passage position {@code i} (a space or a line break) stands for a source line break: a table
     * normalised as prose keeps its line structure here.
     */
    default boolean lineBreak(int i) { return false; }

    /**
     * How many empty tab-separated cells the source line had before passage position {@code lineStart}, where the
     * passage text starts after them (a header line whose first cell is empty, over a column of row labels).
     */
    default int emptyCellsBefore(int lineStart) { return 0; }

    /** No hints: nothing indented, no blank lines. */
    LineHints NONE = new LineHints() {
        @Override public boolean indented(int lineStart) { return false; }
        @Override public int blankLinesAt(int newline) { return 0; }
    };
}
