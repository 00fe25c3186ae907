package org.oncoev.corpus.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins pieces of one row (one column side) that a wide gap split but that are one line of text:
 * a justified line whose word gaps are all wide and equal (cells of a table are spaced by their
 * content, so their gaps differ), and a list label ({@code 15.}, {@code [3]}, a bullet) set apart
 * from its item's text. Stateless.
 */
final class PieceMerge {
    /** Equal gaps: they differ by at most this share of an em. */
    private static final float GAP_SPREAD = 0.3f;
    /** Word gaps of a justified line stay under this many ems. */
    private static final float MAX_WORD_GAP = 2.2f;

    private static final java.util.regex.Pattern EQUATION_NUMBER = java.util.regex.Pattern.compile("\\(\\d{1,3}[a-z]?\\)");
    private static final String RELATIONS = "=<>\u2264\u2265\u223c\u2248\u221d\u2260";

    private PieceMerge() {}

    static List<Piece> merge(List<Piece> ps) {
        if (equationLabel(ps)) return List.of(join(ps));
        if (ps.size() >= 3 && justified(ps)) return List.of(join(ps));
        if (ps.size() == 2 && label(ps.get(0)) && ps.get(1).glyphs().size() >= 20
                && ps.get(1).x0() - ps.get(0).x1() < 3 * em(ps.get(0))) return List.of(join(ps));
        return ps;
    }

    /**
     * A display equation with its number set apart at the right ({@code B = x / y      (1)}): two to four pieces, the
     * last a bracketed number, an earlier one holding a relation sign.
     */
    static boolean equationLabel(List<Piece> ps) {
        if (ps.size() < 2 || ps.size() > 4 || !EQUATION_NUMBER.matcher(text(ps.get(ps.size() - 1))).matches()) return false;
        for (int i = 0; i + 1 < ps.size(); i++)
            for (Glyph g : ps.get(i).glyphs()) if (g.text.length() == 1 && RELATIONS.indexOf(g.text.charAt(0)) >= 0) return true;
        return false;
    }

    private static String text(Piece p) {
        StringBuilder sb = new StringBuilder();
        for (Glyph g : p.glyphs()) sb.append(g.text);
        return sb.toString();
    }

    private static boolean justified(List<Piece> ps) {
        float min = Float.MAX_VALUE, max = 0, em = 0;
        for (int i = 0; i < ps.size(); i++) {
            em = Math.max(em, em(ps.get(i)));
            if (i == 0) continue;
            float gap = ps.get(i).x0() - ps.get(i - 1).x1();
            min = Math.min(min, gap);
            max = Math.max(max, gap);
        }
        return max < MAX_WORD_GAP * em && max - min <= GAP_SPREAD * em;
    }

    /** A short list label: a number with a period or bracket, or a bullet. */
    private static boolean label(Piece p) {
        if (p.glyphs().size() > 5) return false;
        return text(p).matches("\\[?\\d{1,3}[.)\\]]|[\u2022\u00b7\u25aa\u25e6\u2013*-]");
    }

    private static float em(Piece p) {
        float em = 0;
        for (Glyph g : p.glyphs()) if (g.role == Glyph.NORMAL) em = Math.max(em, g.size);
        return em > 0 ? em : p.glyphs().get(0).size;
    }

    private static Piece join(List<Piece> ps) {
        List<Glyph> all = new ArrayList<>();
        for (Piece p : ps) all.addAll(p.glyphs());
        return new Piece(all, ps.get(0).x0(), ps.get(ps.size() - 1).x1());
    }
}
