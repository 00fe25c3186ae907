package org.oncoev.corpus.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads a table whose rows are lines and whose cells are separated by tabs (PDF text and markdown pipe
 * tables, whose pipes the normaliser turned into tabs). A first line with one cell that starts with a
 * printed label ({@code Table 2. Outcomes}) is the label and caption; the leading rows in which no cell
 * but the first reads as data, up to a row of only a label under them (a group row), are header rows (at most {@value #MAX_HEADER_ROWS}; in all but the last, a cell spans the empty cells after it);
 * rows after the first data
 * row are body rows, single-cell lines after the last multi-cell row are footnotes. An empty cell is left out
 * (its column stays empty), also one the passage text starts after ({@link LineHints#emptyCellsBefore}). Returns null when fewer than two lines have two or more cells. Pure; at most
 * {@value #MAX_LINES} lines and {@value #MAX_CELLS} cells per line are read.
 */
public final class DelimitedTableReader {
    static final int MAX_LINES = 4000;
    static final int MAX_CELLS = 64;
    static final int MAX_HEADER_ROWS = 3;

    private DelimitedTableReader() {}

    /** The table in {@code text} (tab-separated lines), or null. */
    public static Table read(String text, LineHints hints) {
        List<TableRow> rows = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        int n = text.length(), ls = 0;
        while (ls <= n && rows.size() < MAX_LINES) {
            int le = text.indexOf('\n', ls);
            if (le < 0) le = n;
            List<TableCell> cells = new ArrayList<>();
            int width = Math.min(MAX_CELLS - 1, hints.emptyCellsBefore(ls)), cs = ls;
            while (cs <= le && width < MAX_CELLS) {
                int tab = text.indexOf('\t', cs);
                int ce = tab < 0 || tab > le ? le : tab;
                int s = cs, e = ce;
                while (s < e && Character.isWhitespace(text.charAt(s))) s++;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (s < e) cells.add(new TableCell(text.substring(s, e), s, e, width));
                width++;
                if (ce == le) break;
                cs = ce + 1;
            }
            if (!cells.isEmpty()) {
                rows.add(new TableRow(cells, hints.indented(ls) ? 1 : 0));
                widths.add(width);
            }
            ls = le + 1;
        }
        int multi = 0;
        for (int w : widths) if (w >= 2) multi++;
        if (multi < 2) return null;
        int i = 0;
        String label = null;
        TableCell caption = null;
        if (widths.get(0) == 1) {
            TableCell only = rows.get(0).cells().get(0);
            Matcher m = CellKinds.LABEL.matcher(only.text());
            if (m.lookingAt()) {
                label = m.group();
                int cs = only.start() + m.end();
                while (cs < only.end() && (Character.isWhitespace(text.charAt(cs)) || text.charAt(cs) == '.' || text.charAt(cs) == ':')) cs++;
                caption = new TableCell(text.substring(cs, only.end()), cs, only.end(), 0);
            } else {
                caption = only;
            }
            i = 1;
        }
        int last = rows.size() - 1;
        while (last > i && widths.get(last) == 1) last--;
        List<TableRow> header = new ArrayList<>();
        while (i <= last && header.size() < MAX_HEADER_ROWS && !hasData(rows.get(i)) && i < last
                && !groupRow(rows.get(i), header)) header.add(rows.get(i++));
        for (int h = 0; h + 1 < header.size(); h++) header.set(h, spanned(header.get(h), widths.get(rows.indexOf(header.get(h)))));
        List<TableRow> body = new ArrayList<>(rows.subList(i, last + 1));
        List<TableCell> footnotes = new ArrayList<>();
        for (int k = last + 1; k < rows.size(); k++) footnotes.addAll(rows.get(k).cells());
        return new Table(label, caption, header, body, footnotes);
    }

    /** An upper header row whose cells span the empty cells after them ({@code P value} over two sub-columns). */
    private static TableRow spanned(TableRow row, int width) {
        List<TableCell> cells = new ArrayList<>();
        List<TableCell> in = row.cells();
        for (int k = 0; k < in.size(); k++) {
            TableCell c = in.get(k);
            int next = k + 1 < in.size() ? in.get(k + 1).column() : width;
            int span = c.column() == 0 ? 1 : Math.max(1, next - c.column());
            cells.add(new TableCell(c.text(), c.start(), c.end(), c.column(), span, 1));
        }
        return new TableRow(cells, row.indent());
    }

    /** A row of only a label under header rows that head the columns: a group row ({@code Age, years}), the body's first. */
    private static boolean groupRow(TableRow row, List<TableRow> header) {
        if (row.cells().size() != 1 || row.cells().get(0).column() != 0) return false;
        for (TableRow h : header) for (TableCell c : h.cells()) if (c.column() > 0) return true;
        return false;
    }

    /** True when a cell other than the first reads as data. */
    private static boolean hasData(TableRow row) {
        for (TableCell c : row.cells()) if (c.column() > 0 && CellKinds.isData(c.text())) return true;
        return false;
    }
}
