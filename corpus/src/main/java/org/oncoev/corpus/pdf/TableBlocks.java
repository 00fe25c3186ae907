package org.oncoev.corpus.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays table rows out on one grid. Within a text column (or on a page without columns), a run of lines
 * split into several pieces (cells) is a table set in the column: its cells are placed in the columns
 * of the run's fullest rows by their x-range ({@link TableRegions#columns}), so a row with empty cells
 * keeps each value under its header (a group row with only a P value gives {@code label, , , P}). Short
 * one-piece lines between such lines (group labels, a spanning header) belong to the run; a row that
 * only continues cells of the row above (a two-line header cell) is joined into it ({@link TableCells}).
 * Stateless.
 */
final class TableBlocks {
    /** Rows of a table are at most this many ems apart. */
    private static final float ROW_GAP = 2.6f;
    /** A one-piece line inside a run is narrower than this share of its column's text. */
    private static final float NARROW = 0.6f;
    /** At most this many one-piece lines in a row inside a run. */
    private static final int MAX_SINGLES = 3;
    /** A group row is at most this many ems from the rows around it. */
    private static final float TIGHT = 1.7f;
    /** Cells set close together are still further apart than a word space: this many ems. */
    private static final float CELL_GAP = 0.5f;

    private TableBlocks() {}

    /**
     * The lines with each run of table rows in a column replaced by grid rows (a new list); first, on a page
     * read as one column, two columns of prose set beside each other are split into their columns
     * ({@link ProseColumns}), so their lines are not taken for a two-column table; a body line outside a run that
     * one wide word gap split is joined ({@link WideGapLines}).
     */
    static List<Line> align(List<Line> lines) {
        lines = ProseColumns.split(lines);
        int columns = 3;
        for (Line l : lines) columns = Math.max(columns, l.column + 1); // side columns add to the two
        float[] colWidth = new float[columns];
        for (Line l : lines) colWidth[l.column] = Math.max(colWidth[l.column], l.x1 - l.x0);
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); ) {
            int end = runEnd(lines, i, colWidth);
            if (end < 0) { // a body line that one wide word gap split is no table row
                out.add(WideGapLines.splitBodyLine(lines, i) ? WideGapLines.joined(lines.get(i)) : lines.get(i));
                i++;
                continue;
            }
            out.addAll(grid(lines.subList(i, end + 1)));
            i = end + 1;
        }
        return out;
    }

    /** The last line of a table run starting at {@code i} (two or more multi-piece lines), or -1. */
    private static int runEnd(List<Line> lines, int i, float[] colWidth) {
        if (!multi(lines.get(i)) && !evenHeader(lines, i)) return -1;
        int last = i, multis = 1, singles = 0;
        for (int k = i + 1; k < lines.size(); k++) {
            Line prev = lines.get(k - 1), l = lines.get(k);
            if (l.pieces == null || l.column != prev.column || l.y <= prev.y
                    || l.y - prev.y > ROW_GAP * Math.max(l.size, prev.size)) break;
            if (multi(l)) {
                last = k;
                multis++;
                singles = 0;
            } else if (++singles > MAX_SINGLES
                    || l.x1 - l.x0 >= NARROW * colWidth[l.column] && !evenlySpacedCells(l) && !groupRow(lines, k)) {
                break;
            }
        }
        return multis >= 2 ? last : -1;
    }

    /**
     * A wide one-piece line between two table rows, set as tightly as a row above the next one (a rule may
     * set it further from the header above): a group row that spans the table
     * ({@code Events during chemotherapy (n = 120)}), not a paragraph.
     */
    private static boolean groupRow(List<Line> lines, int k) {
        if (k + 1 >= lines.size()) return false;
        Line prev = lines.get(k - 1), l = lines.get(k), next = lines.get(k + 1);
        return multi(prev) && multi(next) && next.column == l.column
                && l.y - prev.yEnd <= ROW_GAP * prev.size && next.y - l.y <= TIGHT * l.size && next.y > l.y;
    }

    /**
     * Line {@code i} is a table's header line whose cells happen to be evenly spaced (so they were merged as a
     * justified line): the next line, or the one after a short continuation line, is a table row set
     * closely below, and each of the header's cells lies over a cell of the rows from there on.
     */
    private static boolean evenHeader(List<Line> lines, int i) {
        Line h = lines.get(i);
        if (!evenlySpacedCells(h)) return false;
        for (int k = i + 1; k <= i + 2 && k < lines.size(); k++) {
            Line prev = lines.get(k - 1), l = lines.get(k);
            if (l.pieces == null || l.column != h.column || l.y <= prev.y
                    || l.y - prev.y > ROW_GAP * Math.max(l.size, prev.size)) return false;
            if (multi(l)) return over(h.rawPieces, cellsBelow(lines, k), h.size);
            if (l.x1 - l.x0 >= NARROW * (h.x1 - h.x0)) return false;
        }
        return false;
    }

    /** The median distance between consecutive rows with data (single-line rows set one under the other), or 0. */
    private static float rowPitch(List<Line> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++)
            if (TableRegions.hasData(cellsOf(lines.get(i - 1))) && TableRegions.hasData(cellsOf(lines.get(i))))
                gaps.add(lines.get(i).y - lines.get(i - 1).y);
        if (gaps.isEmpty()) return 0;
        gaps.sort(null);
        return gaps.get(gaps.size() / 2);
    }

    /** The cells of the (up to four) table rows from line {@code k} on, in the column of line {@code k}. */
    private static List<Piece> cellsBelow(List<Line> lines, int k) {
        List<Piece> out = new ArrayList<>();
        for (int j = k, rows = 0; j < lines.size() && rows < 4 && lines.get(j).column == lines.get(k).column; j++)
            if (multi(lines.get(j))) {
                out.addAll(lines.get(j).pieces);
                rows++;
            }
        return out;
    }

    /** Each piece of {@code upper} is centred over, or starts with (within an em), a piece of {@code lower}. */
    private static boolean over(List<Piece> upper, List<Piece> lower, float em) {
        for (Piece u : upper) {
            float mid = (u.x0() + u.x1()) / 2;
            boolean found = false;
            for (Piece p : lower)
                if (mid >= p.x0() - em && mid <= p.x1() + em || Math.abs(u.x0() - p.x0()) <= em) found = true;
            if (!found) return false;
        }
        return true;
    }

    /** A line whose cells were merged because their gaps were even: between table rows, a row. */
    private static boolean evenlySpacedCells(Line l) {
        return l.rawPieces != null && l.rawPieces.size() >= 3 && l.pieces.size() == 1;
    }

    private static boolean multi(Line l) {
        return l.pieces != null && l.pieces.size() >= 2;
    }

    /** The cells of a table line: its pieces as split at gaps, also where evenly spaced ones were merged. */
    private static List<Piece> cellsOf(Line l) {
        return evenlySpacedCells(l) ? l.rawPieces : l.pieces;
    }

    /**
     * The pieces with each piece that runs over two or more columns cut where a gap wider than a word
     * space lies between columns (cells set close together: {@code No. % No. %}); a spanning header's
     * word spaces are narrower and stay.
     */
    static List<Piece> splitAtColumns(List<Piece> pieces, List<float[]> cols) {
        List<Piece> out = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            int over = 0;
            for (float[] c : cols) if (p.x0() < c[1] && p.x1() > c[0]) over++;
            if (over < 2) {
                out.add(p);
                continue;
            }
            List<Glyph> cur = new ArrayList<>();
            float end = 0;
            for (Glyph g : p.glyphs()) {
                if (!cur.isEmpty() && g.role == Glyph.NORMAL && g.x - end > CELL_GAP * g.size
                        && betweenColumns(cols, (end + g.x) / 2)) {
                    out.add(new Piece(cur, cur.get(0).x, end));
                    cur = new ArrayList<>();
                }
                if (cur.isEmpty()) end = g.end();
                cur.add(g);
                end = Math.max(end, g.end());
            }
            out.add(new Piece(cur, cur.get(0).x, end));
        }
        return out;
    }

    private static boolean betweenColumns(List<float[]> cols, float x) {
        for (float[] c : cols) if (x >= c[0] && x <= c[1]) return false;
        return x > cols.get(0)[0] && x < cols.get(cols.size() - 1)[1];
    }

    /**
     * Grid rows of table lines that carry their row and pieces: one cell per column of the lines' fullest
     * rows (empty where a row has none), a row that only continues cells of the row above joined into it, and
     * so is a line of a header cell that wraps over several lines ({@link TableCells#headerGoesOn}).
     */
    static List<Line> grid(List<Line> lines) {
        List<List<Piece>> members = new ArrayList<>(lines.size());
        for (Line l : lines) members.add(cellsOf(l));
        List<float[]> cols = TableRegions.columns(members);
        List<String[]> cells = new ArrayList<>();
        List<Line> source = new ArrayList<>();
        List<Float> ends = new ArrayList<>();
        boolean data = false; // a row with data came: the header is over
        int firstData = -1;
        for (int i = 0; i < lines.size() && firstData < 0; i++) if (TableRegions.hasData(cellsOf(lines.get(i)))) firstData = i;
        float pitch = rowPitch(lines);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String[] cellsOfRow = new String[cols.size()];
            List<Piece> split = splitAtColumns(cellsOf(l), cols);
            int[] placed = i + 1 < firstData ? SpanningHeaders.columns(split, cols) : null; // an upper header row
            for (int k = 0; k < split.size(); k++) {
                Piece p = split.get(k);
                int c = placed != null ? placed[k] : TableRegions.column(cols, p);
                StringBuilder sb = new StringBuilder();
                LineText.append(sb, p.glyphs(), l.rowSize);
                cellsOfRow[c] = cellsOfRow[c] == null ? sb.toString() : cellsOfRow[c] + " " + sb;
            }
            if (!cells.isEmpty() && TableCells.labelGoesOn(cells.get(cells.size() - 1), cellsOfRow)
                    && l.y - ends.get(ends.size() - 1) <= 1.6f * source.get(source.size() - 1).rowSize) {
                TableCells.joinLabel(cells.get(cells.size() - 1), cellsOfRow);
                ends.set(ends.size() - 1, l.y);
                continue;
            }
            Line prev = source.isEmpty() ? null : source.get(source.size() - 1);
            float prevEnd = ends.isEmpty() ? 0 : ends.get(ends.size() - 1);
            if (prev != null && l.y - prevEnd <= 1.6f * prev.rowSize
                    && (TableCells.continues(cells.get(cells.size() - 1), cellsOfRow)
                        || !data && TableCells.headerGoesOn(cells.get(cells.size() - 1), cellsOfRow,
                                l.y - prevEnd < 0.9f * pitch))) {
                TableCells.join(cells.get(cells.size() - 1), cellsOfRow);
                ends.set(ends.size() - 1, l.y);
                continue;
            }
            data |= TableCells.hasData(cellsOfRow);
            cells.add(cellsOfRow);
            source.add(l);
            ends.add(l.y);
        }
        List<Line> out = new ArrayList<>(cells.size());
        for (int r = 0; r < cells.size(); r++) {
            Line b = source.get(r);
            Line row = new Line(TableCells.tsv(cells.get(r)), cols.size(), b.x0, b.x1, b.y, b.size, b.bold, b.column);
            row.yEnd = ends.get(r);
            row.gridRow = cells.size() >= 2;
            out.add(row);
        }
        return out;
    }
}
