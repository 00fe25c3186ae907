package org.oncoev.corpus.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oncoev.corpus.table.CellKinds;

/**
 * Rejoins a line of body text that one wide word gap split into two pieces (a justified line whose spacing grew
 * past the cell gap), which would otherwise read as a table row of two cells cutting its paragraph: two pieces of
 * words, at most {@value #MAX_GAP} ems apart, the second no number or other data, the line as wide as a one-piece
 * line of its column set right above or below it at its size. A table's rows come in runs ({@link TableBlocks});
 * only a line outside a run is looked at. Stateless.
 */
final class WideGapLines {
    /** A word gap of a justified line stays under this many ems. */
    private static final float MAX_GAP = 2.5f;
    /** The neighbour line is at most this many ems away. */
    private static final float PITCH = 2f;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private WideGapLines() {}

    /** Line {@code i} of {@code lines} is a body line split at one wide word gap. */
    static boolean splitBodyLine(List<Line> lines, int i) {
        Line l = lines.get(i);
        if (l.pieces == null || l.pieces.size() != 2 || l.maths) return false;
        Piece a = l.pieces.get(0), b = l.pieces.get(1);
        if (b.x0() - a.x1() > MAX_GAP * l.size) return false;
        String left = TableRegions.text(a), right = TableRegions.text(b);
        if (!WORD.matcher(left).find() || !WORD.matcher(right).find() || CellKinds.isData(right.strip())) return false;
        return i > 0 && sameBlock(l, lines.get(i - 1)) || i + 1 < lines.size() && sameBlock(l, lines.get(i + 1));
    }

    /** The line with its pieces joined into one: a body line. */
    static Line joined(Line l) {
        List<Glyph> all = new ArrayList<>();
        for (Piece p : l.pieces) all.addAll(p.glyphs());
        Piece one = new Piece(all, l.pieces.get(0).x0(), l.pieces.get(l.pieces.size() - 1).x1());
        return PageLayout.line(l, List.of(one), l.column);
    }

    /** A one-piece line of {@code l}'s column, at its size and pitch, starting and ending where {@code l} does. */
    private static boolean sameBlock(Line l, Line o) {
        float em = l.size;
        return o.pieces != null && o.pieces.size() == 1 && o.column == l.column && o.y != l.y
                && Math.abs(o.y - l.y) <= PITCH * em && Math.abs(o.size - l.size) <= 0.1f * em
                && Math.abs(o.x1 - l.x1) <= em && Math.abs(o.x0 - l.x0) <= 2 * em;
    }
}
