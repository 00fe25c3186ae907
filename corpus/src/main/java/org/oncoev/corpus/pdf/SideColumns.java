package org.oncoev.corpus.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds a side column inside one side of a two-column page: a strip of small print (affiliations,
 * correspondence, article dates) set beside a text column, as on the first page of BMJ-style and
 * PLOS-style articles. Its lines share baselines with the column's lines now and then, so without a
 * cut there the two are read as one line or as table rows. A cut is an x that no piece on that side
 * crosses, with text on both sides of it (several rows, several wide pieces, mostly letters) and one
 * side set at most 90% of the other's size: a table inside a column has its body text crossing every
 * gap between cells and its cells set at one size. Stateless.
 */
final class SideColumns {
    /** A side column's glyphs are at most this share of the other side's size (or the other way round). */
    private static final float SMALL_PRINT = 0.9f;
    /** Rows each side of a cut must hold. */
    private static final int MIN_ROWS = 5;
    /** Pieces each side that fill at least half of it. */
    private static final int MIN_WIDE = 3;

    private SideColumns() {}

    /**
     * Returns the x of a side-column cut among the pieces lying between {@code lo} and {@code hi}
     * (within a unit), or NaN when there is none.
     */
    static float cut(List<List<Piece>> rows, float lo, float hi) {
        List<float[]> spans = new ArrayList<>();
        for (List<Piece> ps : rows)
            for (Piece p : ps) if (p.x0() >= lo - 1 && p.x1() <= hi + 1) spans.add(new float[] {p.x0(), p.x1()});
        if (spans.size() < 2 * MIN_ROWS) return Float.NaN;
        spans.sort((a, b) -> Float.compare(a[0], b[0]));
        float minX = spans.get(0)[0], maxX = -Float.MAX_VALUE;
        for (float[] s : spans) maxX = Math.max(maxX, s[1]);
        // gaps no piece crosses, widest first
        List<float[]> gaps = new ArrayList<>();
        float reach = spans.get(0)[1];
        for (float[] s : spans) {
            if (s[0] > reach + 1) gaps.add(new float[] {reach, s[0]});
            reach = Math.max(reach, s[1]);
        }
        gaps.sort((a, b) -> Float.compare(b[1] - b[0], a[1] - a[0]));
        for (float[] g : gaps) {
            float c = (g[0] + g[1]) / 2;
            if (c - minX < 0.1f * (maxX - minX) || maxX - c < 0.1f * (maxX - minX)) continue;
            if (textBothSides(rows, lo, hi, c)) return c;
        }
        return Float.NaN;
    }

    /** Both sides of {@code c} hold text columns of different sizes (see the class comment). */
    private static boolean textBothSides(List<List<Piece>> rows, float lo, float hi, float c) {
        int[] rowCount = new int[2], letters = new int[2], chars = new int[2], wide = new int[2];
        float[] from = {Float.MAX_VALUE, Float.MAX_VALUE}, to = {-Float.MAX_VALUE, -Float.MAX_VALUE};
        List<List<Float>> sizes = List.of(new ArrayList<>(), new ArrayList<>());
        for (List<Piece> ps : rows) {
            boolean[] has = new boolean[2];
            for (Piece p : ps) {
                if (p.x0() < lo - 1 || p.x1() > hi + 1) continue;
                int s = p.x1() <= c ? 0 : 1;
                has[s] = true;
                from[s] = Math.min(from[s], p.x0());
                to[s] = Math.max(to[s], p.x1());
                for (Glyph g : p.glyphs()) {
                    if (g.role != Glyph.NORMAL) continue;
                    sizes.get(s).add(g.size);
                    chars[s]++;
                    if (Character.isLetter(g.text.charAt(0))) letters[s]++;
                }
            }
            for (int s = 0; s < 2; s++) if (has[s]) rowCount[s]++;
        }
        for (List<Piece> ps : rows)
            for (Piece p : ps) {
                if (p.x0() < lo - 1 || p.x1() > hi + 1) continue;
                int s = p.x1() <= c ? 0 : 1;
                if (p.x1() - p.x0() >= 0.5f * (to[s] - from[s])) wide[s]++;
            }
        for (int s = 0; s < 2; s++)
            if (rowCount[s] < MIN_ROWS || wide[s] < MIN_WIDE || letters[s] * 2 < chars[s]) return false;
        float a = median(sizes.get(0)), b = median(sizes.get(1));
        return Math.min(a, b) <= SMALL_PRINT * Math.max(a, b);
    }

    private static float median(List<Float> sizes) {
        float[] v = new float[sizes.size()];
        for (int i = 0; i < v.length; i++) v[i] = sizes.get(i);
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
