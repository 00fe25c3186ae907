package org.oncoev.corpus.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays out one page's glyphs into lines in reading order: accents put on their letters ({@link Accents}),
 * stacked signs rejoined, rows by baseline, superscripts and subscripts attached to the row they belong to
 * ({@link Scripts}), drop caps put back into their word, rows split into pieces at large gaps (table cells, column
 * gutters), a column gutter detected from the pieces' x-ranges, a small-print side column beside either column cut off
 * ({@link SideColumns}), tables spanning both columns kept whole ({@link TableRegions}),
 * and the columns emitted left to right between full-width rows. Stateless; glyph roles
 * are updated in place.
 */
final class PageLayout {
    /** Gutter candidates tried per page: 1 unit apart on pages up to about 10,000 units wide. */
    private static final int MAX_GUTTER_STEPS = 4096;

    private PageLayout() {}

    /** Returns the page's lines in reading order. */
    static List<Line> lines(List<Glyph> glyphs) {
        return lines(glyphs, () -> {});
    }

    /** Returns the page's lines in reading order; {@code deadline} runs now and then and may throw to stop. */
    static List<Line> lines(List<Glyph> glyphs, Runnable deadline) {
        if (glyphs.isEmpty()) return List.of();
        List<Row> rows = Row.rows(StackedSigns.merge(Accents.place(glyphs)));
        Scripts.attach(rows);
        dropCaps(rows);
        for (Row r : rows) r.glyphs.sort(Comparator.comparingDouble(g -> g.x));
        StackedFractions.merge(rows);
        List<List<Piece>> pieces = new ArrayList<>(rows.size());
        for (Row r : rows) {
            r.glyphs.sort(Comparator.comparingDouble(g -> g.x));
            pieces.add(split(r));
        }
        float gutter = gutter(pieces, deadline);
        float[] ys = new float[rows.size()], ems = new float[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ys[i] = rows.get(i).y;
            ems[i] = rows.get(i).size;
        }
        int[] region = TableRegions.regions(pieces, ys, ems, gutter);
        float[] cuts = cuts(pieces, gutter);
        int emitted = 0;
        List<Line> out = new ArrayList<>();
        List<List<Line>> cols = new ArrayList<>();
        for (int k = 0; k <= cuts.length; k++) cols.add(new ArrayList<>());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<Piece> ps = pieces.get(i);
            if (ps.isEmpty()) continue;
            if (region[i] > 0) {
                if (region[i] <= emitted) continue;
                flush(cols, out);
                tableRegion(rows, pieces, region, i, out);
                emitted = region[i];
                continue;
            }
            if (cuts.length == 0) {
                out.add(line(row, ps, 0));
                continue;
            }
            List<List<Piece>> byCol = new ArrayList<>();
            for (int k = 0; k <= cuts.length; k++) byCol.add(new ArrayList<>());
            boolean spans = false;
            for (Piece p : ps) {
                int k = column(cuts, p);
                if (k < 0) spans = true;
                else byCol.get(k).add(p);
            }
            if (spans) {
                flush(cols, out);
                out.add(line(row, ps, 0));
            } else {
                for (int k = 0; k <= cuts.length; k++)
                    if (!byCol.get(k).isEmpty()) cols.get(k).add(line(row, byCol.get(k), k + 1));
            }
        }
        flush(cols, out);
        out = TableBlocks.align(out);
        setColumnBounds(out);
        return out;
    }

    /** The column gutter and any side-column cuts beside it ({@link SideColumns}), ascending; empty without a gutter. */
    private static float[] cuts(List<List<Piece>> pieces, float gutter) {
        if (Float.isNaN(gutter)) return new float[0];
        float left = SideColumns.cut(pieces, -Float.MAX_VALUE, gutter);
        float right = SideColumns.cut(pieces, gutter, Float.MAX_VALUE);
        float[] out = new float[1 + (Float.isNaN(left) ? 0 : 1) + (Float.isNaN(right) ? 0 : 1)];
        int n = 0;
        if (!Float.isNaN(left)) out[n++] = left;
        out[n++] = gutter;
        if (!Float.isNaN(right)) out[n] = right;
        return out;
    }

    /** The column (0 = leftmost) a piece lies in between the cuts, or -1 when it crosses one. */
    private static int column(float[] cuts, Piece p) {
        for (int k = 0; k < cuts.length; k++) {
            if (p.x1() <= cuts[k] + 1) return k;
            if (p.x0() < cuts[k] - 1) return -1;
        }
        return cuts.length;
    }

    /** Emits the lines gathered per column, leftmost column first, and clears them. */
    private static void flush(List<List<Line>> cols, List<Line> out) {
        for (List<Line> c : cols) {
            out.addAll(c);
            c.clear();
        }
    }

    /**
     * Emits the rows of the full-width table region that starts at row {@code from} as table lines,
     * one cell per column of the region (empty where a row has none), a row that only continues cells
     * of the row above joined into it. Rows of other regions or none in between are left alone.
     */
    private static void tableRegion(List<Row> rows, List<List<Piece>> pieces, int[] region, int from, List<Line> out) {
        List<Line> members = new ArrayList<>();
        for (int k = from; k < rows.size() && region[k] <= region[from]; k++)
            if (region[k] == region[from] && !pieces.get(k).isEmpty()) {
                Line l = line(rows.get(k), pieces.get(k), 0);
                l.pieces = pieces.get(k);
                members.add(l);
            }
        out.addAll(TableBlocks.grid(members));
    }

    /** Moves drop caps into their paragraph's first line ({@link DropCaps}) and re-measures the rows. */
    private static void dropCaps(List<Row> rows) {
        List<List<Glyph>> lists = new ArrayList<>(rows.size());
        float[] ys = new float[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            lists.add(rows.get(i).glyphs);
            ys[i] = rows.get(i).y;
        }
        if (!DropCaps.move(lists, ys)) return;
        rows.removeIf(r -> r.glyphs.isEmpty());
        for (Row r : rows) {
            r.size = 0;
            for (Glyph g : r.glyphs) r.size = Math.max(r.size, g.size);
        }
    }


    /**
     * Splits a row into pieces at gaps wider than 0.9 em of the glyphs on either side (not the row's
     * largest size, so a drop cap does not bridge the column gutter); scripts never start a piece.
     */
    private static List<Piece> split(Row r) {
        List<Piece> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        float maxEnd = 0;
        Glyph last = null;
        for (Glyph g : r.glyphs) {
            if (!cur.isEmpty() && g.role == Glyph.NORMAL
                    && g.x - maxEnd > 0.9f * Math.max(g.size, last.role == Glyph.NORMAL ? last.size : g.size)) {
                out.add(new Piece(cur, cur.get(0).x, maxEnd));
                cur = new ArrayList<>();
            }
            if (cur.isEmpty()) maxEnd = g.end();
            cur.add(g);
            if (g.end() >= maxEnd) last = g;
            maxEnd = Math.max(maxEnd, g.end());
        }
        if (!cur.isEmpty()) out.add(new Piece(cur, cur.get(0).x, maxEnd));
        return out;
    }

    /**
     * Finds a vertical gutter between two text columns: the x in the middle 40% of the text box
     * crossed by the fewest pieces, accepted when at most 60% of pieces cross it and both sides hold several
     * column-wide pieces. Returns NaN for single-column pages.
     */
    static float gutter(List<List<Piece>> rows, Runnable deadline) {
        float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE;
        int total = 0;
        for (List<Piece> ps : rows)
            for (Piece p : ps) {
                minX = Math.min(minX, p.x0());
                maxX = Math.max(maxX, p.x1());
                total++;
            }
        float w = maxX - minX;
        if (total < 6 || !(w >= 100) || !Float.isFinite(w)) return Float.NaN;
        float best = Float.NaN;
        int bestCross = Integer.MAX_VALUE;
        float mid = minX + w / 2;
        // Sweep over c: a piece crosses c once it has entered (x0 < c - 1) and until it has left
        // (!(x1 > c + 1)); both tests are monotone in c, so crossings are counted incrementally.
        float[][] byX0 = new float[total][];
        int n = 0;
        for (List<Piece> ps : rows) for (Piece p : ps) byX0[n++] = new float[] {p.x0(), p.x1()};
        java.util.Arrays.sort(byX0, (a, b) -> Float.compare(a[0], b[0]));
        java.util.PriorityQueue<Float> entered = new java.util.PriorityQueue<>();
        int next = 0, inside = 0;
        // Candidates 1 unit apart, at most MAX_GUTTER_STEPS of them: a float stepped by 1 past 2^24 stops moving.
        int steps = (int) Math.min(MAX_GUTTER_STEPS, Math.floor(0.4 * w));
        double step = 0.4 * w / steps;
        for (int k = 0; k <= steps; k++) {
            if ((k & 511) == 511) deadline.run();
            float c = (float) (minX + 0.3 * w + k * step);
            for (; next < total && byX0[next][0] < c - 1; next++) {
                float x1 = byX0[next][1];
                if (x1 > c + 1) {
                    entered.add(x1);
                    inside++;
                }
            }
            while (!entered.isEmpty() && !(entered.peek() > c + 1)) {
                entered.poll();
                inside--;
            }
            int cross = inside;
            if (cross < bestCross || (cross == bestCross && Math.abs(c - mid) < Math.abs(best - mid))) {
                bestCross = cross;
                best = c;
            }
        }
        if (bestCross > 0.6f * total) return Float.NaN;
        int wideLeft = 0, wideRight = 0;
        for (List<Piece> ps : rows)
            for (Piece p : ps) {
                if (p.x1() <= best + 1 && p.x1() - p.x0() >= 0.6f * (best - minX)) wideLeft++;
                if (p.x0() >= best - 1 && p.x1() - p.x0() >= 0.6f * (maxX - best)) wideRight++;
            }
        return wideLeft >= 3 && wideRight >= 3 ? best : Float.NaN;
    }

    /** The line of {@code l}'s row made anew of some or all of its pieces (one column's side, pieces joined), in {@code column}. */
    static Line line(Line l, List<Piece> pieces, int column) {
        Row row = new Row(pieces.get(0).glyphs().get(0));
        row.y = l.y;
        row.size = l.rowSize;
        row.maths = l.maths;
        return line(row, pieces, column);
    }

    private static Line line(Row row, List<Piece> pieces, int column) {
        List<Piece> ps = PieceMerge.merge(pieces);
        StringBuilder sb = new StringBuilder();
        int boldChars = 0, chars = 0;
        float[] sizes = new float[16];
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) sb.append('\t');
            LineText.append(sb, ps.get(i).glyphs(), row.size);
            for (Glyph g : ps.get(i).glyphs()) {
                if (g.role != Glyph.NORMAL) continue;
                if (chars == sizes.length) sizes = java.util.Arrays.copyOf(sizes, chars * 2);
                sizes[chars++] = g.size;
                if (g.bold) boldChars++;
            }
        }
        boolean bold = chars > 0 && boldChars * 10 >= chars * 9;
        int font = mainFont(ps);
        Line l = new Line(sb.toString(), ps.size(), ps.get(0).x0(), ps.get(ps.size() - 1).x1(), row.y,
                chars > 0 ? median(sizes, chars) : row.size, bold, column);
        l.pieces = ps;
        l.font = font;
        l.rawPieces = pieces;
        l.rowSize = row.size;
        l.maths = row.maths || PieceMerge.equationLabel(pieces);
        return l;
    }

    /** The font of most of the pieces' normal glyphs, or -1 when none holds half of them. */
    private static int mainFont(List<Piece> ps) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int n = 0;
        for (Piece p : ps)
            for (Glyph g : p.glyphs())
                if (g.role == Glyph.NORMAL) {
                    counts.merge(g.font, 1, Integer::sum);
                    n++;
                }
        for (var e : counts.entrySet()) if (e.getValue() * 2 > n) return e.getKey();
        return -1;
    }

    /** The line's size: the median glyph size, so one drop cap or large symbol does not make it a heading. */
    private static float median(float[] sizes, int n) {
        java.util.Arrays.sort(sizes, 0, n);
        return sizes[n / 2];
    }

    private static void setColumnBounds(List<Line> lines) {
        int n = 1;
        for (Line l : lines) n = Math.max(n, l.column + 1);
        float[] lo = new float[n], hi = new float[n];
        java.util.Arrays.fill(lo, Float.MAX_VALUE);
        java.util.Arrays.fill(hi, -Float.MAX_VALUE);
        for (Line l : lines) {
            lo[l.column] = Math.min(lo[l.column], l.x0);
            hi[l.column] = Math.max(hi[l.column], l.x1);
        }
        for (Line l : lines) {
            l.colLeft = lo[l.column];
            l.colRight = hi[l.column];
        }
    }
}
