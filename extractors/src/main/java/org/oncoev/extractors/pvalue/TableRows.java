package org.oncoev.extractors.pvalue;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows and cells of a TABLE passage (rows on lines, cells separated by tabs, empty cells kept), with
 * each cell's offsets in the passage text. Rows over {@value #MAX_ROW} characters are skipped. Pure.
 */
public final class TableRows {
    static final int MAX_ROW = 4000;
    private static final int MAX_CELLS = 64;

    private TableRows() {}

    /** One cell: its trimmed text and the passage range {@code [start, end)} of that trimmed text. */
    public record Cell(String text, int start, int end) {}

    /** One row: its cells in column order and the passage range of the whole line. */
    public record Row(List<Cell> cells, int start, int end) {
        public Cell cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : null;
        }
    }

    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = n;
            if (lineEnd - lineStart <= MAX_ROW) rows.add(row(text, lineStart, lineEnd));
            lineStart = lineEnd + 1;
        }
        return rows;
    }

    private static Row row(String text, int start, int end) {
        List<Cell> cells = new ArrayList<>();
        int cellStart = start;
        while (cellStart <= end && cells.size() < MAX_CELLS) {
            int tab = text.indexOf('\t', cellStart);
            int cellEnd = tab < 0 || tab > end ? end : tab;
            int s = cellStart;
            int e = cellEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            cells.add(new Cell(text.substring(s, e), s, e));
            if (cellEnd == end) break;
            cellStart = cellEnd + 1;
        }
        return new Row(cells, start, end);
    }
}
