package org.oncoev.corpus.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A row of a page: glyphs on one baseline ({@code y}), {@code size} the largest; sorted by x once complete. */
final class Row {
    final List<Glyph> glyphs = new ArrayList<>();
    float y, size;
    /** True when stacked fraction parts were laid into this row ({@link StackedFractions}). */
    boolean maths;

    Row(Glyph first) {
        y = first.y;
        size = first.size;
        glyphs.add(first);
    }

    /** Clusters glyphs into rows by baseline (tolerance: a quarter of the larger font size). */
    static List<Row> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble((Glyph g) -> g.y).thenComparingDouble(g -> g.x));
        List<Row> rows = new ArrayList<>();
        Row cur = null;
        for (Glyph g : sorted) {
            if (cur != null && g.y - cur.y <= 0.25f * Math.max(g.size, cur.size)) {
                cur.glyphs.add(g);
                if (g.size > cur.size) cur.size = g.size;
            } else {
                cur = new Row(g);
                rows.add(cur);
            }
        }
        return rows;
    }
}
