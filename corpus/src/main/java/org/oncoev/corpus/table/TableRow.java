package org.oncoev.corpus.table;

import java.util.List;
import java.util.Optional;

/**
 * One row of a {@link Table}: its cells in column order. {@code indent} is the nesting level of the row's
 * label (0 for a top-level row; 1 for a row shown indented under a group row such as {@code Age} over
 * {@code Mean} and {@code Range}). Immutable.
 */
public record TableRow(List<TableCell> cells, int indent) {
    public TableRow {
        cells = List.copyOf(cells);
        if (indent < 0) throw new IllegalArgumentException("negative indent");
    }

    public TableRow(List<TableCell> cells) {
        this(cells, 0);
    }

    /** The cell that covers grid column {@code c}, if any. */
    public Optional<TableCell> at(int c) {
        for (TableCell cell : cells) {
            if (cell.covers(c)) return Optional.of(cell);
        }
        return Optional.empty();
    }

    /** The first cell's text (the row label in most tables), or the empty string for an empty row. */
    public String label() {
        return cells.isEmpty() ? "" : cells.get(0).text();
    }
}
