package org.oncoev.corpus.table;

import java.util.Objects;

/**
 * One cell of a {@link Table}: its text as read, where that text sits in the passage that carries the
 * table ({@code start}/{@code end}, half-open, into {@code Passage.text()}), the first grid column it
 * occupies and how many columns and rows it spans. A cell's text equals the passage text between its
 * offsets, so a fact read from a cell points at the cell's characters. Immutable.
 */
public record TableCell(String text, int start, int end, int column, int colspan, int rowspan) {
    public TableCell {
        Objects.requireNonNull(text);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad cell offsets " + start + ".." + end);
        if (column < 0 || colspan < 1 || rowspan < 1) throw new IllegalArgumentException("bad cell span");
    }

    /** A cell that spans one column and one row. */
    public TableCell(String text, int start, int end, int column) {
        this(text, start, end, column, 1, 1);
    }

    /** The last grid column this cell covers. */
    public int lastColumn() {
        return column + colspan - 1;
    }

    /** True when the cell covers grid column {@code c}. */
    public boolean covers(int c) {
        return c >= column && c <= lastColumn();
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
