package org.oncoev.corpus.pdf;

import java.util.List;

/**
 * Places the cells of an upper header row over the sub-columns they head. Journals centre such a cell
 * ({@code Overall survival rate, %}) over its group of columns ({@code 1-year 3-year 5-year P}), so the cell may
 * overlap only a middle sub-column, or none when it sits in the gap between two; placing it by overlap would
 * give the group's first sub-column no header and the next group's first one this header. Here the cells of
 * the row (after a row label at the table's left edge) get consecutive, disjoint groups of columns after the
 * label column, each cell
 * centred on its group within an em, covering as many columns as can be; a cell is placed at its group's first
 * column (the table reader spans it over the empty cells after it). Stateless.
 */
final class SpanningHeaders {
    /** Work bound: cells times columns cubed. */
    private static final long MAX_WORK = 2_000_000;

    private SpanningHeaders() {}

    /**
     * The column of each piece (sorted by x) of an upper header row over columns {@code cols} (sorted), or null
     * when the row shows no spanning cell (each cell centred over the one column it overlaps) or its cells
     * cannot be centred on disjoint groups.
     */
    static int[] columns(List<Piece> pieces, List<float[]> cols) {
        int k = pieces.size(), n = cols.size();
        if (k == 0 || n < 2 || (long) k * n * n * n > MAX_WORK) return null;
        int from = 0; // a row label at the table's left edge keeps column 0
        if (pieces.get(0).x0() < cols.get(0)[1]) from = 1;
        if (!spanning(pieces, cols, from)) return null;
        int m = k - from;
        // best[i][e]: most columns covered by the first i cells after the label, the next group free to start at e
        int[][] best = new int[m + 1][n + 1];
        int[][] start = new int[m + 1][n + 1], prevEnd = new int[m + 1][n + 1];
        for (int[] r : best) java.util.Arrays.fill(r, -1);
        best[0][1] = 0; // groups start after the label column
        for (int i = 0; i < m; i++) {
            Piece p = pieces.get(from + i);
            float em = em(p), mid = (p.x0() + p.x1()) / 2;
            for (int e = 0; e <= n; e++) {
                if (best[i][e] < 0) continue;
                for (int a = e; a < n; a++)
                    for (int b = a; b < n; b++) {
                        float lo = cols.get(a)[0], hi = cols.get(b)[1];
                        if (Math.abs((lo + hi) / 2 - mid) > em || p.x0() < lo - em || p.x1() > hi + em) continue;
                        int v = best[i][e] + (b - a + 1);
                        if (v > best[i + 1][b + 1]) {
                            best[i + 1][b + 1] = v;
                            start[i + 1][b + 1] = a;
                            prevEnd[i + 1][b + 1] = e;
                        }
                    }
            }
        }
        int end = -1;
        for (int e = 0; e <= n; e++) if (best[m][e] >= 0 && (end < 0 || best[m][e] > best[m][end])) end = e;
        if (end < 0) return null;
        int[] out = new int[k];
        for (int i = m; i > 0; i--) {
            out[from + i - 1] = start[i][end];
            end = prevEnd[i][end];
        }
        return out;
    }

    /** A cell after the row label overlaps no column or several, or is centred off the one it overlaps. */
    private static boolean spanning(List<Piece> pieces, List<float[]> cols, int from) {
        for (int i = from; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            int over = 0;
            float[] hit = null;
            for (float[] c : cols)
                if (p.x0() < c[1] && p.x1() > c[0]) {
                    over++;
                    hit = c;
                }
            if (over != 1 || Math.abs((hit[0] + hit[1]) / 2 - (p.x0() + p.x1()) / 2) > em(p)) return true;
        }
        return false;
    }

    private static float em(Piece p) {
        float em = 0;
        for (Glyph g : p.glyphs()) if (g.role == Glyph.NORMAL) em = Math.max(em, g.size);
        return em > 0 ? em : p.glyphs().get(0).size;
    }
}
