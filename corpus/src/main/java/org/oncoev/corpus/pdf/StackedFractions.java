package org.oncoev.corpus.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts stacked fractions back into the row they belong to, in reading order: a numerator set above and a
 * denominator set below a row's baseline (a display equation {@code B = βL / γ (1)}, an inline {@code DC/Dt})
 * fall into rows of their own, so the equation read {@code βL} before {@code B =} and {@code γ} after its label.
 * A short piece of a row within 0.85 em of a larger row's baseline that sits in a gap of that row (or beyond its
 * end) within 0.6 em of its glyphs joins it as a fraction part, when there is maths evidence: a part on the other
 * side of the row at the same x, a part set smaller than the row, or a relation sign in the row near it. A
 * fraction's parts (numerator first, then any part in the row itself, then the denominator) are laid out
 * one after the other over the x-range the fraction takes, so line text reads them in order. Rows that
 * received a fraction are marked {@link Row#maths}. Quadratic in the rows near each other only; stateless.
 */
final class StackedFractions {
    /** A fraction part's baseline lies within this many ems of its row's (and not within the row's own tolerance). */
    private static final float REACH = 0.85f, SAME_ROW = 0.25f;
    /** A fraction part is at most this many glyphs and ems wide, and within this many ems of a glyph of its row. */
    private static final int MAX_PART_GLYPHS = 30, SMALL_PART_GLYPHS = 12;
    private static final float MAX_PART_EMS = 15f, NEAR = 0.6f, FAR = 3f;
    /** Relation and operator signs that make a row a formula. */
    private static final String RELATIONS = "=<>\u2264\u2265\u223c\u2248\u221d\u2260+\u2212\u00d7";

    private StackedFractions() {}

    /** A part: a piece of another row that joins {@code main}, above (-1) or below (+1) its baseline. */
    private record Part(Row row, List<Glyph> glyphs, float x0, float x1, float y, int side, float near) {}

    /** Merges fraction parts into their rows; {@code rows} sorted by y, their glyphs sorted by x. */
    static void merge(List<Row> rows) {
        Map<Row, List<Part>> byMain = new IdentityHashMap<>();
        Map<Row, Row> givesTo = new IdentityHashMap<>();
        Map<Row, Float> base = new IdentityHashMap<>();
        for (Row r : rows) base.put(r, baseline(r));
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Row all = null; // the one row every piece of r is a part of, if any
            boolean whole = true;
            for (List<Glyph> piece : pieces(r)) {
                Row main = piece.size() > MAX_PART_GLYPHS ? null : mainRow(rows, i, piece, base);
                whole &= main != null && (all == null || all == main);
                if (main == null) continue;
                all = main;
                byMain.computeIfAbsent(main, k -> new ArrayList<>()).add(part(r, piece, main, near(main, piece), base));
            }
            if (whole && all != null) givesTo.put(r, all);
        }
        if (byMain.isEmpty()) return;
        handOn(byMain, givesTo, base);
        for (Row main : rows) {
            List<Part> parts = byMain.get(main);
            if (parts == null) continue;
            parts.removeIf(p -> byMain.containsKey(p.row)); // a row that takes parts gives none
            parts = evident(main, parts);
            if (parts.isEmpty()) continue;
            for (Part p : parts) p.row.glyphs.removeAll(p.glyphs);
            lay(main, parts);
        }
        rows.removeIf(r -> r.glyphs.isEmpty());
    }

    /**
     * A row that takes parts but whose pieces all are parts of one wider row (a numerator row under an integral's upper
     * limit, the equation's relation row below both) hands the parts it took on to that row, where they still lie near it.
     */
    private static void handOn(Map<Row, List<Part>> byMain, Map<Row, Row> givesTo, Map<Row, Float> base) {
        for (Row mid : new ArrayList<>(byMain.keySet())) {
            Row up = givesTo.get(mid);
            if (up == null || up == mid || !byMain.containsKey(up) || givesTo.containsKey(up) || extent(up) <= extent(mid)) continue;
            for (Part p : byMain.remove(mid)) {
                if (p.row == up) continue;
                float near = near(up, p.glyphs);
                if (near <= FAR * up.size && Math.abs(p.y - base.get(up)) <= 2 * REACH * up.size)
                    byMain.get(up).add(part(p.row, p.glyphs, up, near, base));
            }
        }
    }

    /** The row's glyphs split at gaps over 0.9 em. */
    private static List<List<Glyph>> pieces(Row r) {
        List<List<Glyph>> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        float end = 0;
        for (Glyph g : r.glyphs) {
            if (!cur.isEmpty() && g.x - end > 0.9f * g.size) {
                out.add(cur);
                cur = new ArrayList<>();
            }
            end = cur.isEmpty() ? g.end() : Math.max(end, g.end());
            cur.add(g);
        }
        if (!cur.isEmpty()) out.add(cur);
        return out;
    }

    /** The row a piece of row {@code i} is a fraction part of, or null: see the class comment. */
    private static Row mainRow(List<Row> rows, int i, List<Glyph> piece, Map<Row, Float> base) {
        Row r = rows.get(i);
        float x0 = piece.get(0).x, x1 = piece.get(piece.size() - 1).end(), size = maxSize(piece);
        Row best = null;
        for (int dir = -1; dir <= 1; dir += 2)
            for (int j = i + dir; j >= 0 && j < rows.size(); j += dir) {
                Row m = rows.get(j);
                float dy = Math.abs(base.get(m) - base.get(r));
                if (dy > REACH * Math.max(m.size, r.size)) break;
                if (dy <= SAME_ROW * m.size || m.size < 0.95f * size || extent(m) < 1.5f * extent(r)
                        || x1 - x0 > MAX_PART_EMS * m.size || !(near(m, piece) <= FAR * m.size)
                        || besideItsLikes(m, x0, x1, size)) continue;
                if (best == null || extent(m) > extent(best)) best = m;
            }
        return best;
    }

    /**
     * Whether every glyph of the row within {@link #FAR} ems of {@code x0..x1} is set small and at the piece's own size
     * ({@code size}): the piece is another line of the same small print beside them (a column of small lines by a large
     * heading on one baseline, a table's two-line cell), no part of a formula.
     */
    private static boolean besideItsLikes(Row m, float x0, float x1, float size) {
        float reach = FAR * m.size;
        boolean any = false;
        for (Glyph g : m.glyphs) {
            if (g.x >= x1 + reach || g.end() <= x0 - reach) continue;
            if (!small(g, m) || Math.abs(g.size - size) > 0.1f * size) return false;
            any = true;
        }
        return any;
    }

    /**
     * How far the piece lies from the row's nearest glyph (0 over a small one of the row), or NaN when a glyph of
     * the row's own size lies over it.
     */
    private static float near(Row m, List<Glyph> piece) {
        float x0 = piece.get(0).x, x1 = piece.get(piece.size() - 1).end();
        float slack = 0.1f * m.size, near = Float.MAX_VALUE;
        for (Glyph g : m.glyphs) {
            boolean small = small(g, m);
            if (g.end() > x0 + slack && g.x < x1 - slack) {
                if (!small) return Float.NaN;
                near = 0;
            } else {
                near = Math.min(near, g.end() <= x0 + slack ? x0 - g.end() : g.x - x1);
            }
        }
        return near;
    }

    private static Part part(Row r, List<Glyph> piece, Row main, float near, Map<Row, Float> base) {
        float y = base.get(r);
        return new Part(r, piece, piece.get(0).x, piece.get(piece.size() - 1).end(), y, y < base.get(main) ? -1 : 1, near);
    }

    /**
     * The row's baseline: the highest a letter or digit of it sits on (the row's own y, unless an accent or dot set
     * higher began it: a dotted E over an equation's relation row).
     */
    private static float baseline(Row r) {
        float y = Float.MAX_VALUE;
        for (Glyph g : r.glyphs)
            if (g.role == Glyph.NORMAL && !g.text.isEmpty() && Character.isLetterOrDigit(g.text.codePointAt(0))) y = Math.min(y, g.y);
        return y == Float.MAX_VALUE ? r.y : y;
    }

    /** The parts with maths evidence: a part at the same x on the other side, set small, or a relation sign near. */
    private static List<Part> evident(Row main, List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            boolean ok = maxSize(p.glyphs) < 0.8f * main.size && p.glyphs.size() <= SMALL_PART_GLYPHS, stacked = false,
                    near = p.near <= NEAR * main.size;
            for (Part q : parts)
                if (q.side != p.side && q.x0 < p.x1 && p.x0 < q.x1) {
                    stacked = true;
                    near |= q.near <= NEAR * main.size; // a narrow part centred under a wide one
                }
            ok |= stacked;
            for (Glyph g : main.glyphs)
                ok |= RELATIONS.contains(g.text) && g.x < p.x1 + 1.5f * main.size && g.end() > p.x0 - 1.5f * main.size;
            if (ok && near) out.add(p);
        }
        return out;
    }

    /** Lays the parts into the main row: overlapping parts (and the row's small glyphs over them) form one fraction. */
    private static void lay(Row main, List<Part> parts) {
        parts.sort(Comparator.comparingDouble(Part::x0));
        List<List<Part>> fractions = new ArrayList<>();
        float end = -Float.MAX_VALUE;
        for (Part p : parts) {
            if (fractions.isEmpty() || p.x0 >= end) fractions.add(new ArrayList<>());
            fractions.get(fractions.size() - 1).add(p);
            end = fractions.get(fractions.size() - 1).size() == 1 ? p.x1 : Math.max(end, p.x1);
        }
        for (List<Part> f : fractions) {
            float x0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE;
            for (Part p : f) {
                x0 = Math.min(x0, p.x0);
                x1 = Math.max(x1, p.x1);
            }
            // the row's own small glyphs over the fraction, and those running on from them: a part set in the row
            List<Glyph> gs = main.glyphs;
            int first = -1, last = -1;
            for (int k = 0; k < gs.size(); k++) {
                float mid = gs.get(k).x + gs.get(k).width / 2;
                if (mid > x0 && mid < x1 && small(gs.get(k), main)) {
                    if (first < 0) first = k;
                    last = k;
                }
            }
            List<Glyph> inRow = new ArrayList<>();
            if (first >= 0) {
                while (first > 0 && small(gs.get(first - 1), main) && gs.get(first).x - gs.get(first - 1).end() < 0.3f * main.size) first--;
                while (last + 1 < gs.size() && small(gs.get(last + 1), main) && gs.get(last + 1).x - gs.get(last).end() < 0.3f * main.size) last++;
                for (int k = first; k <= last; k++) if (small(gs.get(k), main)) inRow.add(gs.get(k));
            }
            main.glyphs.removeAll(inRow);
            for (Glyph g : inRow) {
                x0 = Math.min(x0, g.x);
                x1 = Math.max(x1, g.end());
            }
            List<List<Glyph>> order = new ArrayList<>();
            f.sort(Comparator.comparingDouble((Part p) -> p.y).thenComparingDouble(Part::x0));
            for (Part p : f) if (p.side < 0) order.add(p.glyphs);
            if (!inRow.isEmpty()) order.add(inRow);
            for (Part p : f) if (p.side > 0) order.add(p.glyphs);
            main.glyphs.addAll(spread(order, x0, x1, main));
        }
        main.glyphs.sort(Comparator.comparingDouble(g -> g.x));
        main.maths = true;
    }

    /** The parts' glyphs one after the other over {@code x0..x1} on the main row's baseline, a space between parts. */
    private static List<Glyph> spread(List<List<Glyph>> order, float x0, float x1, Row main) {
        int n = 0;
        for (List<Glyph> part : order) n += part.size();
        float step = (x1 - x0) / Math.max(1, n);
        List<Glyph> out = new ArrayList<>(n);
        int k = 0;
        for (List<Glyph> part : order)
            for (int i = 0; i < part.size(); i++, k++) {
                Glyph g = part.get(i);
                boolean space = i == 0 || g.spaceBefore || g.x - part.get(i - 1).end() > 0.15f * g.size; // word gaps kept
                Glyph s = new Glyph(g.text, x0 + k * step, main.y, 0.9f * step, g.size, g.bold, space);
                s.font = g.font;
                s.role = g.role == Glyph.SUPERSCRIPT && part.size() > 1 && i > 0 ? Glyph.SUPERSCRIPT : Glyph.NORMAL;
                out.add(s);
            }
        return out;
    }

    /** A glyph set smaller than its row or as a script of it: it may belong to a fraction. */
    private static boolean small(Glyph g, Row m) {
        return g.size < 0.8f * m.size || g.role != Glyph.NORMAL;
    }

    private static float extent(Row r) {
        return r.glyphs.get(r.glyphs.size() - 1).end() - r.glyphs.get(0).x;
    }

    private static float maxSize(List<Glyph> glyphs) {
        float s = 0;
        for (Glyph g : glyphs) s = Math.max(s, g.size);
        return s;
    }
}
