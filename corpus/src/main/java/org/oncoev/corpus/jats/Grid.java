package org.oncoev.corpus.jats;

import java.util.ArrayList;
import java.util.List;

/**
 * The grid of a JATS/HTML table: each {@code <td>}/{@code <th>} placed at the first free column of its
 * row, covering {@code colspan} columns and {@code rowspan} rows (a rowspan stops at the end of its row
 * group; spans are capped at {@link JatsTables#MAX_COLUMNS} columns). Slots a cell covers all point to it;
 * {@link Slot#column()} is the cell's first column and {@link #rowOf} its first row.
 */
final class Grid {
    /**
     * A placed cell: normalised text, first column, spans, whether it was a {@code <th>} and whether the source
     * indents its text (see {@link #indented}).
     */
    record Slot(SourcePiece text, int row, int column, int colspan, int rowspan, boolean th, boolean indented) {}

    private final List<Slot[]> rows = new ArrayList<>();
    private final List<Boolean> head = new ArrayList<>();
    private int columns;

    private Grid() {}

    static Grid layout(List<JatsTables.RowSource> sources) {
        Grid g = new Grid();
        for (int r = 0; r < sources.size(); r++) {
            g.ensure(r);
            g.head.set(r, sources.get(r).head());
        }
        for (int r = 0; r < sources.size(); r++) {
            JatsTables.RowSource src = sources.get(r);
            int c = 0;
            for (XmlNode.Element cell : src.tr().elements()) {
                if (!cell.name.equals("td") && !cell.name.equals("th")) continue;
                while (c < JatsTables.MAX_COLUMNS && g.rows.get(r)[c] != null) c++;
                if (c >= JatsTables.MAX_COLUMNS) break;
                int colspan = Math.min(span(cell.attr("colspan")), JatsTables.MAX_COLUMNS - c);
                int rowspan = Math.min(span(cell.attr("rowspan")), Math.max(1, src.groupEnd() - r));
                MappedText raw = InlineText.of(cell);
                Slot s = new Slot(SourcePiece.prose(raw), r, c, colspan, rowspan, cell.name.equals("th"), indented(cell, raw));
                for (int rr = r; rr < r + rowspan; rr++)
                    for (int cc = c; cc < c + colspan; cc++) g.rows.get(rr)[cc] = s;
                c += colspan;
                g.columns = Math.max(g.columns, c);
            }
        }
        g.alignWideHeader();
        return g;
    }

    /**
     * A header wider than every body row whose extra columns are blank cells at its left (an empty corner
     * cell too many) is moved left by that many columns, so its last column sits over the body's last column.
     */
    private void alignWideHeader() {
        int headWidth = 0, bodyWidth = 0;
        for (int r = 0; r < rows.size(); r++) {
            int w = width(rows.get(r));
            if (head.get(r)) headWidth = Math.max(headWidth, w);
            else bodyWidth = Math.max(bodyWidth, w);
        }
        int k = headWidth - bodyWidth;
        if (bodyWidth == 0 || k <= 0 || !head.contains(Boolean.TRUE)) return;
        for (int r = 0; r < rows.size(); r++) {
            if (!head.get(r)) continue;
            for (int c = 0; c < k; c++) {
                Slot s = rows.get(r)[c];
                if (s != null && (s.colspan() > 1 || !s.text().isEmpty())) return;
            }
        }
        java.util.Map<Slot, Slot> moved = new java.util.IdentityHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            if (!head.get(r)) continue;
            Slot[] old = rows.get(r);
            Slot[] shifted = new Slot[JatsTables.MAX_COLUMNS];
            for (int c = k; c < JatsTables.MAX_COLUMNS; c++) {
                Slot s = old[c];
                if (s != null) shifted[c - k] = moved.computeIfAbsent(s,
                        x -> new Slot(x.text(), x.row(), x.column() - k, x.colspan(), x.rowspan(), x.th(), x.indented()));
            }
            rows.set(r, shifted);
        }
        columns = Math.max(bodyWidth, columns - k);
    }

    /** Style words that indent a cell's text: {@code padding-left:1em}, {@code text-indent:2em}. */
    private static final java.util.regex.Pattern INDENT_STYLE =
            java.util.regex.Pattern.compile("(?i)(?:padding-left|margin-left|text-indent)\\s*:\\s*0*[1-9]");

    /**
     * True when the source indents the cell's text as a sub-row label: it starts with a typographic space (an em or
     * en space, a no-break space; markup before it aside), or its {@code style} pads or indents it. Plain spaces and
     * line breaks are layout of the XML file, not indentation.
     */
    static boolean indented(XmlNode.Element cell, MappedText raw) {
        String style = cell.attr("style");
        if (style != null && style.length() < 300 && INDENT_STYLE.matcher(style).find()) return true;
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '\u00a0' || ch >= '\u2000' && ch <= '\u200a' || ch == '\u3000') return true;
            if (!Character.isWhitespace(ch)) return false;
        }
        return false;
    }

    private static int width(Slot[] row) {
        for (int c = row.length - 1; c >= 0; c--) if (row[c] != null) return c + 1;
        return 0;
    }

    private void ensure(int r) {
        while (rows.size() <= r) {
            rows.add(new Slot[JatsTables.MAX_COLUMNS]);
            head.add(false);
        }
    }

    private static int span(String v) {
        if (v == null) return 1;
        try {
            return Math.max(1, Math.min(Integer.parseInt(v.strip()), JatsTables.MAX_ROWS));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    int rows() { return rows.size(); }

    int columns() { return columns; }

    boolean head(int r) { return head.get(r); }

    /** The cell starting at row {@code r}, column {@code c}; null when the slot is empty or covered from another row or column. */
    Slot at(int r, int c) {
        Slot s = rows.get(r)[c];
        return s != null && s.row() == r ? s : null;
    }
}
