package org.oncoev.corpus.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds two columns of body prose on a page the gutter search read as one column (full-width text or a
 * full-width table fills most of it, the two body columns run beneath or above it for a few lines) and
 * splits them into the left column's lines and then the right column's. Such a band is a run of rows, set
 * at a line's pitch, that one common gap cuts into a left and a right side; at least {@value #MIN_PAIRS} of
 * its rows hold running words on both sides, each side one column-wide piece ending at its column's right
 * edge (justified). Table rows hold short cells, numbers or several pieces a side, so a table stays whole.
 * Stateless.
 */
final class ProseColumns {
    /** At least this many rows with prose on both sides of the gap. */
    private static final int MIN_PAIRS = 3;
    /** Rows of a band are at most this many ems apart. */
    private static final float PITCH = 2f;
    /** The gap between the columns stays at least this many ems wide. */
    private static final float MIN_GAP = 0.5f;
    /** A side of a prose row holds at least this many words of two or more letters. */
    private static final int MIN_WORDS = 4;
    /** At least this share of the prose rows ends on both sides at its column's right edge (within an em). */
    private static final float JUSTIFIED = 0.6f;
    /** A row of more pieces is no two lines of prose (a justified line's wide word gaps split it into a dozen or so). */
    private static final int MAX_PIECES = 32;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:](?:\\s|$)");
    /** A word broken at the end of a side: a letter and a hyphen before the tab between the sides or the end. */
    private static final Pattern BROKEN = Pattern.compile("\\p{L}-(?:\\t|$)");

    private ProseColumns() {}

    /**
     * A band's rows {@code from..to} (inclusive) and the gap {@code lo..hi} between its columns.
     * {@code pairs} are the rows with prose on both sides, null when the rows are no two prose columns.
     */
    private record Band(int from, int to, float lo, float hi, List<Integer> pairs) {}

    /**
     * The lines with each band of two prose columns replaced by its left column's lines (column 1) and then its
     * right column's (column 2); the lines themselves when a line already has a column (the page's gutter
     * was found) or no band is found.
     */
    static List<Line> split(List<Line> lines) {
        for (Line l : lines) if (l.column != 0) return lines;
        List<Line> out = null;
        int done = 0; // lines before this are emitted or stay
        for (int i = 0; i < lines.size(); i++) {
            float[] gap = pairGap(lines.get(i));
            if (gap == null) continue;
            Band band = band(lines, i, done, gap);
            if (band.pairs() == null) {
                i = band.to(); // its rows would grow the same band: each row is looked at a bounded number of times
                continue;
            }
            if (out == null) out = new ArrayList<>(lines.size() + 8);
            out.addAll(lines.subList(done, band.from()));
            emit(lines, band, out);
            done = band.to() + 1;
            i = band.to();
        }
        if (out == null) return lines;
        out.addAll(lines.subList(done, lines.size()));
        return out;
    }

    /**
     * The band around prose row {@code seed} with gap {@code gap}, grown down and then up (not above row
     * {@code floor}) over rows that no piece of crosses the gap, set at most {@value #PITCH} ems apart; its {@code pairs}
     * are null when it holds fewer than {@value #MIN_PAIRS} prose rows or they are not justified.
     */
    private static Band band(List<Line> lines, int seed, int floor, float[] gap) {
        float lo = gap[0], hi = gap[1];
        int to = seed;
        for (int k = seed + 1; k < lines.size(); k++) {
            float[] g = fits(lines.get(k), lines.get(k - 1), lo, hi);
            if (g == null) break;
            lo = g[0];
            hi = g[1];
            to = k;
        }
        int from = seed;
        for (int k = seed - 1; k >= floor; k--) {
            float[] g = fits(lines.get(k), lines.get(k + 1), lo, hi);
            if (g == null) break;
            lo = g[0];
            hi = g[1];
            from = k;
        }
        List<Integer> pairs = new ArrayList<>();
        for (int k = from; k <= to; k++) if (pairGap(lines.get(k)) != null) pairs.add(k);
        boolean two = pairs.size() >= MIN_PAIRS && justified(lines, pairs, (lo + hi) / 2) && sentences(lines, pairs);
        return new Band(from, to, lo, hi, two ? pairs : null);
    }

    /**
     * The gap {@code lo..hi} narrowed by line {@code l}'s pieces when none crosses it and {@code l} lies
     * within {@value #PITCH} ems of its neighbour in the band, else null.
     */
    private static float[] fits(Line l, Line neighbour, float lo, float hi) {
        if (l.rawPieces == null || Math.abs(l.y - neighbour.y) > PITCH * Math.max(l.size, neighbour.size)
                || l.y == neighbour.y) return null;
        for (Piece p : l.rawPieces) {
            if (p.x1() <= hi + 1) lo = Math.max(lo, p.x1());
            else if (p.x0() >= lo - 1) hi = Math.min(hi, p.x0());
            else return null;
        }
        return hi - lo >= MIN_GAP * l.size ? new float[] {lo, hi} : null;
    }

    /**
     * For a line cut by one gap into two sides, each one piece (once a justified line's pieces are merged)
     * of running words ({@value #MIN_WORDS} or more): the gap; else null.
     */
    private static float[] pairGap(Line l) {
        if (l.rawPieces == null || l.rawPieces.size() < 2 || l.rawPieces.size() > MAX_PIECES) return null;
        List<Piece> raw = l.rawPieces;
        for (int cut = 1; cut < raw.size(); cut++) {
            List<Piece> left = PieceMerge.merge(raw.subList(0, cut)), right = PieceMerge.merge(raw.subList(cut, raw.size()));
            if (left.size() != 1 || right.size() != 1) continue;
            String a = TableRegions.text(left.get(0)), b = TableRegions.text(right.get(0));
            if (words(a) < MIN_WORDS || words(b) < MIN_WORDS) return null;
            return new float[] {raw.get(cut - 1).x1(), raw.get(cut).x0()};
        }
        return null;
    }

    /** Most prose rows end on both sides within an em of the rightmost end of that side: justified columns. */
    private static boolean justified(List<Line> lines, List<Integer> pairs, float mid) {
        float[][] ends = new float[pairs.size()][]; // each prose row's left and right side's end
        float leftEnd = -Float.MAX_VALUE, rightEnd = -Float.MAX_VALUE;
        for (int i = 0; i < ends.length; i++) {
            float left = -Float.MAX_VALUE, right = -Float.MAX_VALUE;
            for (Piece p : lines.get(pairs.get(i)).rawPieces) {
                if (p.x1() <= mid) left = Math.max(left, p.x1());
                else right = Math.max(right, p.x1());
            }
            ends[i] = new float[] {left, right};
            leftEnd = Math.max(leftEnd, left);
            rightEnd = Math.max(rightEnd, right);
        }
        int full = 0;
        for (int i = 0; i < ends.length; i++) {
            float em = lines.get(pairs.get(i)).size;
            if (ends[i][0] >= leftEnd - em && ends[i][1] >= rightEnd - em) full++;
        }
        return full >= JUSTIFIED * pairs.size();
    }

    /** A prose row's line has sentence punctuation or a word broken at its end: running text, not labels. */
    private static boolean sentences(List<Line> lines, List<Integer> pairs) {
        for (int k : pairs) {
            String t = lines.get(k).text;
            if (PUNCTUATION.matcher(t).find() || BROKEN.matcher(t).find()) return true;
        }
        return false;
    }

    /** Emits the band's left sides as column 1's lines, then its right sides as column 2's. */
    private static void emit(List<Line> lines, Band band, List<Line> out) {
        float mid = (band.lo() + band.hi()) / 2;
        List<Line> right = new ArrayList<>();
        for (int k = band.from(); k <= band.to(); k++) {
            Line l = lines.get(k);
            List<Piece> a = new ArrayList<>(), b = new ArrayList<>();
            for (Piece p : l.rawPieces) (p.x1() <= mid ? a : b).add(p);
            if (!a.isEmpty()) out.add(PageLayout.line(l, a, 1));
            if (!b.isEmpty()) right.add(PageLayout.line(l, b, 2));
        }
        out.addAll(right);
    }

    private static int words(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
