package org.oncoev.corpus.pdf;

import java.util.List;

/**
 * Puts a drop cap back at the start of the word it begins: a single large letter at the left of a row
 * (at least twice the size of the row's other glyphs) whose paragraph's first line starts just right
 * of it, up to two cap heights above its baseline. The letter moves into that line, at the line's size
 * and touching its first glyph, so {@code T} + {@code he median} reads {@code The median} and the large
 * size no longer widens the row it sat in. Stateless; edits the row lists in place.
 */
final class DropCaps {
    private DropCaps() {}

    /** {@code rows}: each row's glyphs sorted by x, rows in baseline order; {@code ys}: their baselines. */
    static boolean move(List<List<Glyph>> rows, float[] ys) {
        boolean moved = false;
        for (int i = 0; i < rows.size(); i++) {
            List<Glyph> row = rows.get(i);
            if (row.size() < 2 || row.get(0).size < 2 * row.get(row.size() - 1).size) continue; // rows come sorted by x
            Glyph cap = leftmost(row);
            if (cap == null || cap.text.length() != 1 || !Character.isLetter(cap.text.charAt(0))
                    || row.size() < 2 || cap.size < 2 * smallest(row) || cap.size < 2 * medianOthers(row, cap)) continue;
            for (int j = i - 1; j >= 0 && ys[i] - ys[j] <= 2 * cap.size; j--) {
                Glyph first = leftmost(rows.get(j));
                if (first == null || first.x < cap.end() - 1 || first.x > cap.end() + 1.5f * first.size) continue;
                if (j > 0 && ys[j] - ys[j - 1] < 1.5f * first.size && startsBeside(rows.get(j - 1), cap, first.size))
                    continue; // not the paragraph's first line
                row.remove(cap);
                rows.get(j).add(new Glyph(cap.text, first.x - 0.6f * first.size, first.y, 0.6f * first.size,
                        first.size, cap.bold, false));
                moved = true;
                break;
            }
        }
        return moved;
    }

    /** True when the row's first glyph also sits right of the cap: a line above is beside it too. */
    private static boolean startsBeside(List<Glyph> row, Glyph cap, float em) {
        Glyph g = leftmost(row);
        return g != null && g.x >= cap.end() - 1 && g.x <= cap.end() + 1.5f * em;
    }

    private static Glyph leftmost(List<Glyph> row) {
        Glyph best = null;
        for (Glyph g : row) if (g.role == Glyph.NORMAL && (best == null || g.x < best.x)) best = g;
        return best;
    }

    private static float smallest(List<Glyph> row) {
        float min = Float.MAX_VALUE;
        for (Glyph g : row) min = Math.min(min, g.size);
        return min;
    }

    private static float medianOthers(List<Glyph> row, Glyph cap) {
        float[] sizes = new float[row.size() - 1];
        int n = 0;
        for (Glyph g : row) if (g != cap && n < sizes.length) sizes[n++] = g.size;
        java.util.Arrays.sort(sizes, 0, n);
        return n == 0 ? Float.MAX_VALUE : sizes[n / 2];
    }
}
