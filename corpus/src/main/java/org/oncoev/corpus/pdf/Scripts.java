package org.oncoev.corpus.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Attaches superscripts and subscripts to the row they belong to: runs of smaller glyphs raised above
 * (lowered below) a larger row's baseline that touch one of its glyphs without running over them.
 * Stateless; glyph roles are updated in place.
 */
final class Scripts {
    /** Longer runs of small glyphs are small print beside the body, never a script. */
    private static final int MAX_SCRIPT_GLYPHS = 24;

    private Scripts() {}

    /**
     * Moves runs of small glyphs that sit raised above (or lowered below) a larger row's baseline and
     * touch one of its glyphs into that row, marked as superscript (subscript).
     */
    static void attach(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.glyphs.isEmpty()) continue;
            r.glyphs.sort(Comparator.comparingDouble(g -> g.x));
            List<Glyph> keep = new ArrayList<>();
            List<Glyph> run = new ArrayList<>();
            for (int k = 0; k <= r.glyphs.size(); k++) {
                Glyph g = k < r.glyphs.size() ? r.glyphs.get(k) : null;
                if (g != null && (run.isEmpty() || g.x - run.get(run.size() - 1).end() < 0.6f * g.size)) {
                    run.add(g);
                    continue;
                }
                if (!run.isEmpty() && !moveRun(rows, i, run)) keep.addAll(run);
                run = new ArrayList<>();
                if (g != null) run.add(g);
            }
            r.glyphs.clear();
            r.glyphs.addAll(keep);
        }
        rows.removeIf(r -> r.glyphs.isEmpty());
    }

    private static boolean moveRun(List<Row> rows, int from, List<Glyph> run) {
        if (run.size() > MAX_SCRIPT_GLYPHS) return false; // a line of small print, not a script
        float size = 0;
        for (Glyph g : run) size = Math.max(size, g.size);
        float y = run.get(0).y;
        for (int j = from + 1; j < rows.size() && rows.get(j).y - y <= 0.8f * rows.get(j).size; j++)
            if (touches(rows.get(j), run, size, true))
                return !stacked(rows, j, run, size, 1) && move(run, rows.get(j), Glyph.SUPERSCRIPT);
        for (int j = from - 1; j >= 0 && y - rows.get(j).y <= 0.5f * rows.get(j).size; j--)
            if (touches(rows.get(j), run, size, false))
                return !stacked(rows, j, run, size, -1) && move(run, rows.get(j), Glyph.SUBSCRIPT);
        return false;
    }

    /**
     * True when the run has a partner of its size on the other side of row {@code m} (below it when {@code side} is 1,
     * above when -1), centred on it but of another width: a small fraction's numerator over its denominator
     * ({@code x} over {@code Nk}), which {@link StackedFractions} reads, not a script. A superscript and a subscript
     * on one letter start at one x, so their middles part unless they are as wide, when they are left as scripts.
     */
    private static boolean stacked(List<Row> rows, int m, List<Glyph> run, float size, int side) {
        Row main = rows.get(m);
        float x0 = run.get(0).x, x1 = run.get(run.size() - 1).end();
        for (int k = m + side; k >= 0 && k < rows.size() && Math.abs(rows.get(k).y - main.y) <= 0.8f * main.size;
             k += side) {
            List<Glyph> gs = new ArrayList<>(rows.get(k).glyphs);
            gs.sort(Comparator.comparingDouble(g -> g.x));
            for (int i = 0; i < gs.size(); i++) {
                Glyph g = gs.get(i);
                if (g.end() <= x0 || g.x >= x1 || Math.abs(g.size - size) > 0.25f * size) continue;
                int a = i, b = i; // the partner: the glyphs of at most about its size run together with g
                while (a > 0 && joins(gs.get(a - 1), gs.get(a).x - gs.get(a - 1).end(), size)) a--;
                while (b + 1 < gs.size() && joins(gs.get(b + 1), gs.get(b + 1).x - gs.get(b).end(), size)) b++;
                float p0 = gs.get(a).x, p1 = gs.get(b).end();
                boolean centred = Math.abs((p0 + p1) - (x0 + x1)) / 2 <= 0.2f * size;
                return centred && Math.abs((p1 - p0) - (x1 - x0)) >= 0.3f * size;
            }
        }
        return false;
    }

    /**
     * True when a run of smaller glyphs ({@code size}, spanning x0..x1) sits right after (or, raised,
     * right before) a glyph of row {@code m} without overlapping its glyphs: a script fills a gap in
     * the line, while a small-print line beside or across the body runs over its glyphs.
     */
    private static boolean touches(Row m, List<Glyph> run, float size, boolean raised) {
        if (m.glyphs.isEmpty() || m.size < 1.12f * size) return false;
        float x0 = run.get(0).x, x1 = run.get(run.size() - 1).end();
        boolean touch = false;
        float overlap = 0;
        for (Glyph g : m.glyphs) {
            if (g.end() > x0 && g.x < x1) overlap += overlap(run, g);
            if (g.role != Glyph.NORMAL) {
                // the next group of a script set apart by a space (RCTs^{26 27 29}): after one already attached
                float gap = x0 - g.end();
                if (g.role == (raised ? Glyph.SUPERSCRIPT : Glyph.SUBSCRIPT) && Math.abs(g.size - size) < 0.15f * size
                        && Math.abs(g.y - run.get(0).y) < 0.2f * size && gap > -0.2f * size && gap < 1.2f * size) touch = true;
                continue;
            }
            float em = g.size;
            if (g.size < 1.12f * size) continue; // a glyph of the run's own size: not a script beside it
            float gapAfter = x0 - g.end();
            if (gapAfter > -0.2f * em && gapAfter < 0.5f * em) touch = true;
            float gapBefore = g.x - x1;
            if (raised && gapBefore > -0.2f * em && gapBefore < 0.3f * em) touch = true;
        }
        return touch && overlap <= 0.4f * size;
    }

    /** A glyph {@code gap} from a run of glyphs of about {@code size} that runs on with it: close and no larger. */
    private static boolean joins(Glyph added, float gap, float size) {
        return gap < 0.6f * size && added.size <= 1.1f * size;
    }

    /** How far the glyphs of {@code run} (sorted by x, not overlapping) overlap {@code g} along x. */
    private static float overlap(List<Glyph> run, Glyph g) {
        int lo = 0, hi = run.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (run.get(mid).end() <= g.x) lo = mid + 1;
            else hi = mid;
        }
        float sum = 0;
        for (int k = lo; k < run.size() && run.get(k).x < g.end(); k++)
            sum += Math.max(0, Math.min(run.get(k).end(), g.end()) - Math.max(run.get(k).x, g.x));
        return sum;
    }

    private static boolean move(List<Glyph> run, Row target, byte role) {
        for (Glyph g : run) g.role = role;
        target.glyphs.addAll(run);
        return true;
    }
}
