package org.oncoev.corpus.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.oncoev.corpus.table.CellKinds;

/**
 * Finds tables that span both text columns of a two-column page, before the page is split into
 * columns: consecutive rows of three or more narrow pieces with pieces on both sides of the gutter
 * (body rows hold one column-wide piece a side). Such a region is read as full-width rows, so the
 * column split does not send its left cells into the left column's text and its right cells into the
 * right one's. Stateless.
 */
final class TableRegions {
    /** A body piece fills at least this share of its column. */
    private static final float WIDE = 0.6f;
    /** Rows of one table are at most this many ems apart. */
    private static final float ROW_GAP = 3f;
    /** At most this many rows of fewer cells in a row inside a table. */
    private static final int MAX_BETWEEN = 3;
    /** A group row inside a table is at most this many ems from the rows around it. */
    private static final float TIGHT = 1.7f;
    /** A title row over a table is at most this many ems above its first row. */
    private static final float TITLE_GAP = 1.6f;

    private TableRegions() {}

    /**
     * Returns, per row, the id (from 1) of the full-width table region it belongs to, or 0.
     * {@code ys} and {@code ems} are the rows' baselines and font sizes, rows sorted by baseline.
     */
    static int[] regions(List<List<Piece>> pieces, float[] ys, float[] ems, float gutter) {
        int n = pieces.size();
        int[] region = new int[n];
        if (Float.isNaN(gutter)) return region;
        float leftW = 0, rightW = 0; // column widths: the widest piece on each side
        for (List<Piece> ps : pieces)
            for (Piece p : ps) {
                if (p.x1() <= gutter + 1) leftW = Math.max(leftW, p.x1() - p.x0());
                else if (p.x0() >= gutter - 1) rightW = Math.max(rightW, p.x1() - p.x0());
            }
        boolean[] tab = new boolean[n], narrow = new boolean[n], across = new boolean[n], labelled = new boolean[n];
        for (int i = 0; i < n; i++) {
            narrow[i] = narrow(pieces.get(i), gutter, leftW, rightW);
            across[i] = narrow[i] && bothSides(pieces.get(i), gutter);
            tab[i] = across[i] && pieces.get(i).size() >= 3;
            labelled[i] = !narrow[i] && labelled(pieces.get(i), gutter, leftW, rightW);
        }
        boolean[] joins = new boolean[n]; // a labelled row taken into the table above it
        int id = 0;
        for (int i = 0; i < n; ) {
            if (!tab[i]) { i++; continue; }
            int first = i, last = i, count = 1, between = 0, prev = i;
            // a group row or a header line of fewer cells between rows does not end the table
            for (int j = i + 1; j < n && ys[j] - ys[prev] <= ROW_GAP * ems[prev]; j++) {
                boolean goesOn = labelled[j] && tab[prev] && ys[j] - ys[prev] <= TIGHT * ems[prev]
                        && Math.abs(ems[j] - ems[prev]) <= 0.1f * ems[prev];
                joins[j] = goesOn;
                if (!narrow[j] && !spansGutter(pieces.get(j), gutter) && !goesOn) continue; // a body line beside the table
                prev = j;
                if (tab[j] || goesOn) { last = j; count++; between = 0; tab[j] = true; }
                else if (++between > MAX_BETWEEN) break;
            }
            if (count >= 2) {
                while (first > 0 && across[first - 1] && ys[first] - ys[first - 1] <= ROW_GAP * ems[first]) first--;
                if (first > 0 && titleRow(pieces, ys, ems, first - 1, first, last)) first--;
                id++;
                float left = Float.MAX_VALUE;
                for (int k = first; k <= last; k++) if (across[k]) left = Math.min(left, pieces.get(k).get(0).x0());
                for (int k = first; k <= last; k++) // body lines beside it stay out; a group row across or in it is in
                    if (narrow[k] || joins[k] || spansGutter(pieces.get(k), gutter) || groupRow(pieces, ys, ems, k, left)) region[k] = id;
            }
            i = last + 1;
        }
        return region;
    }

    /**
     * Row {@code k}, right above the table's first row {@code first}, is the table's title row
     * ({@code Progression-free survival} over the header): one short piece that starts at the table's left
     * edge, set as closely as a row, not a printed table label and not the end of a sentence.
     */
    private static boolean titleRow(List<List<Piece>> pieces, float[] ys, float[] ems, int k, int first, int last) {
        List<Piece> ps = pieces.get(k);
        if (ps.size() != 1 || ys[first] - ys[k] > TITLE_GAP * ems[first]) return false;
        float left = Float.MAX_VALUE;
        for (int i = first; i <= last; i++) for (Piece p : pieces.get(i)) left = Math.min(left, p.x0());
        Piece p = ps.get(0);
        if (Math.abs(p.x0() - left) > 0.5f * ems[first]) return false;
        String t = text(p).strip();
        return t.length() <= 60 && !t.endsWith(".") && !t.endsWith(":") && !CellKinds.LABEL.matcher(t).lookingAt();
    }

    /**
     * Row {@code k} inside a table is a long group label ({@code Human epidermal growth factor receptor 2}) rather
     * than a body line beside the table: one piece starting at the table's left edge, set as tightly as rows
     * ({@value #TIGHT} ems) to the rows above and below.
     */
    private static boolean groupRow(List<List<Piece>> pieces, float[] ys, float[] ems, int k, float left) {
        List<Piece> ps = pieces.get(k);
        return ps.size() == 1 && k > 0 && k + 1 < pieces.size() && Math.abs(ps.get(0).x0() - left) <= 0.5f * ems[k]
                && ys[k] - ys[k - 1] <= TIGHT * ems[k] && ys[k + 1] - ys[k] <= TIGHT * ems[k];
    }

    /**
     * A table row whose label cell is as wide as body text ({@code Number of cardiovascular diseases: mean, SD})
     * but whose two or more other cells are narrow, half of them data or starting with a digit, and lie across the gutter from it: it goes on with a table right
     * above it at the same size and row pitch (checked by the caller), instead of splitting into the two columns.
     */
    private static boolean labelled(List<Piece> ps, float gutter, float leftW, float rightW) {
        if (ps.size() < 3 || ps.get(0).x1() > gutter + 1) return false;
        int data = 0;
        for (int k = 1; k < ps.size(); k++) {
            Piece p = ps.get(k);
            if (p.x0() < gutter - 1 || p.x1() - p.x0() >= WIDE * rightW) return false;
            String t = text(p).strip();
            if (CellKinds.isData(t) || !t.isEmpty() && Character.isDigit(t.charAt(0))) data++; // 0.8, SD = 0.9
        }
        return 2 * data >= ps.size() - 1;
    }

    /** No piece as wide as a column of body text. */
    private static boolean narrow(List<Piece> ps, float gutter, float leftW, float rightW) {
        for (Piece p : ps) {
            float w = p.x1() - p.x0();
            if (p.x1() <= gutter + 1 ? w >= WIDE * leftW
                    : p.x0() >= gutter - 1 ? w >= WIDE * rightW : w >= WIDE * (leftW + rightW)) return false;
        }
        return true;
    }

    /** One piece that runs across the gutter: no column's body text does; a group row spanning a table. */
    private static boolean spansGutter(List<Piece> ps, float gutter) {
        return ps.size() == 1 && ps.get(0).x0() < gutter - 1 && ps.get(0).x1() > gutter + 1;
    }

    /** Pieces on both sides of the gutter, or one across it. */
    private static boolean bothSides(List<Piece> ps, float gutter) {
        boolean left = false, right = false;
        for (Piece p : ps) {
            if (p.x0() < gutter - 1) left = true;
            if (p.x1() > gutter + 1) right = true;
        }
        return left && right;
    }

    /**
     * Column intervals of a table: the x-ranges of its pieces, those of rows with data first (rows with more
     * cells first), then those of rows without (lower header rows, whose cells head sub-columns, before upper
     * ones; in a table without data all rows rank alike), narrowest first within a rank, each joining the one
     * interval it overlaps or starting its own; a piece that would bridge two intervals (a header cell
     * spanning sub-columns, a long label) adds nothing, nor does a cell of a row without data that sits
     * in the gap between two columns or is centred outside the one it overlaps (a header centred over its
     * sub-columns). So every column counts,
     * also one that only some rows fill (row labels under an empty header cell, a P value that only group
     * rows carry).
     */
    static List<float[]> columns(List<List<Piece>> rows) {
        record Ranked(Piece piece, int rank, boolean data) {}
        List<Ranked> all = new ArrayList<>();
        boolean[] data = new boolean[rows.size()];
        boolean anyData = false;
        for (int i = 0; i < rows.size(); i++) anyData |= data[i] = hasData(rows.get(i));
        for (int i = 0; i < rows.size(); i++) {
            List<Piece> ps = rows.get(i);
            // a table of words only: every row ranks alike, narrowest pieces first
            for (Piece p : ps) all.add(new Ranked(p, !anyData ? 0 : data[i] ? -ps.size() : -i, data[i] || !anyData));
        }
        all.sort(Comparator.comparing((Ranked r) -> !r.data()).thenComparingInt(Ranked::rank)
                .thenComparingDouble(r -> r.piece().x1() - r.piece().x0()));
        List<float[]> cols = new ArrayList<>();
        for (Ranked r : all) {
            Piece p = r.piece();
            float[] hit = null;
            int hits = 0;
            for (float[] c : cols)
                if (p.x0() < c[1] && p.x1() > c[0]) {
                    hit = c;
                    hits++;
                }
            if (hits > 1) continue;
            if (hit == null) {
                if (!r.data() && between(cols, p)) continue;
                cols.add(new float[] {p.x0(), p.x1()});
                continue;
            }
            float mid = (p.x0() + p.x1()) / 2;
            if (!r.data() && (mid < hit[0] || mid > hit[1])) continue; // a header centred elsewhere grazing it
            float lo = Math.min(hit[0], p.x0()), hi = Math.max(hit[1], p.x1());
            boolean bridges = false;
            for (float[] c : cols) if (c != hit && lo < c[1] && hi > c[0]) bridges = true;
            if (!bridges) {
                hit[0] = lo;
                hit[1] = hi;
            }
        }
        cols.sort((a, b) -> Float.compare(a[0], b[0]));
        return cols;
    }

    /** Columns lie on both sides of the piece. */
    private static boolean between(List<float[]> cols, Piece p) {
        boolean left = false, right = false;
        for (float[] c : cols) {
            if (c[1] <= p.x0()) left = true;
            if (c[0] >= p.x1()) right = true;
        }
        return left && right;
    }

    /** A cell after the first reads as data (a number, a bracketed number, a not-available mark). */
    static boolean hasData(List<Piece> ps) {
        for (int i = 1; i < ps.size(); i++) if (CellKinds.isData(text(ps.get(i)))) return true;
        return false;
    }

    /** The text of one piece, at its first glyph's size. */
    static String text(Piece p) {
        StringBuilder sb = new StringBuilder();
        LineText.append(sb, p.glyphs(), p.glyphs().get(0).size);
        return sb.toString();
    }

    /**
     * The column a piece belongs to: the first it overlaps; else, for a piece centred in the gap between two
     * columns (a header over both), the left one, so the cell spans on to the right; else the nearest.
     */
    static int column(List<float[]> cols, Piece p) {
        int best = 0;
        float bestDist = Float.MAX_VALUE, mid = (p.x0() + p.x1()) / 2;
        for (int c = 0; c < cols.size(); c++) {
            float[] col = cols.get(c);
            if (p.x0() < col[1] && p.x1() > col[0]) return c;
            if (c + 1 < cols.size() && mid > col[1] && mid < cols.get(c + 1)[0]
                    && p.x0() < cols.get(c + 1)[0] && p.x1() > col[1] && !overlapsAny(cols, p)) return c;
            float d = Math.min(Math.abs(p.x0() - col[1]), Math.abs(col[0] - p.x1()));
            if (d < bestDist) {
                bestDist = d;
                best = c;
            }
        }
        return best;
    }

    private static boolean overlapsAny(List<float[]> cols, Piece p) {
        for (float[] c : cols) if (p.x0() < c[1] && p.x1() > c[0]) return true;
        return false;
    }
}
