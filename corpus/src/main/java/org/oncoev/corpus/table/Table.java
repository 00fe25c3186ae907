package org.oncoev.corpus.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table as rows and cells, the one model every table reader fills (flattened text, PDF layout, JATS XML)
 * and every extractor reads. {@code label} is the printed label ({@code Table 2}) or null; {@code caption}
 * and {@code footnotes} are the text above and below the grid, each with its offsets into the passage
 * text as {@link TableCell}s (column 0); {@code headerRows} are the column-header rows (spans kept) and
 * {@code bodyRows} the data rows. Column {@code c} of the grid is the same column in every row.
 * Immutable.
 */
public record Table(String label, TableCell caption, List<TableRow> headerRows, List<TableRow> bodyRows,
                    List<TableCell> footnotes) {
    public Table {
        headerRows = List.copyOf(headerRows);
        bodyRows = List.copyOf(bodyRows);
        footnotes = List.copyOf(footnotes);
        Objects.requireNonNull(headerRows);
    }

    /** The number of grid columns: one past the last column any row covers. */
    public int columnCount() {
        int n = 0;
        for (TableRow r : allRows()) {
            for (TableCell c : r.cells()) n = Math.max(n, c.lastColumn() + 1);
        }
        return n;
    }

    /** Header rows then body rows. */
    public List<TableRow> allRows() {
        List<TableRow> all = new ArrayList<>(headerRows);
        all.addAll(bodyRows);
        return all;
    }

    /**
     * The header text over grid column {@code c}: the text of every header cell covering it, top to bottom,
     * joined by a space (a spanning {@code P value} cell over two sub-columns heads both). Empty when the
     * table has no header over that column.
     */
    public String columnHeader(int c) {
        StringBuilder sb = new StringBuilder();
        for (TableRow r : headerRows) {
            r.at(c).ifPresent(cell -> {
                if (!cell.isBlank()) {
                    if (sb.length() > 0) sb.append(' ');
                    sb.append(cell.text().strip());
                }
            });
        }
        return sb.toString();
    }
}
