package org.oncoev.corpus.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rejoins signs that a PDF draws as two glyphs stacked at one x: a plus with a minus set just below
 * its baseline is a plus-minus sign ({@code 11.21 ± 0.74}). Without this the minus falls into another
 * row and the value reads {@code 11.21 + 0.74}. Linear in the number of glyphs.
 */
final class StackedSigns {
    private static final String MINUS = "-\u2212\u2013_\u00af";

    private StackedSigns() {}

    /** The glyphs with each stacked plus/minus pair replaced by one {@code ±} glyph at the plus. */
    static List<Glyph> merge(List<Glyph> glyphs) {
        boolean plus = false;
        for (Glyph g : glyphs) if (g.text.equals("+")) { plus = true; break; }
        if (!plus) return glyphs;
        Map<Integer, List<Glyph>> minusByX = null;
        for (Glyph g : glyphs) {
            if (!isMinus(g)) continue;
            if (minusByX == null) minusByX = new HashMap<>();
            minusByX.computeIfAbsent(Math.round(g.x), k -> new ArrayList<>(2)).add(g);
        }
        if (minusByX == null) return glyphs;
        java.util.Set<Glyph> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Glyph> out = null;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            Glyph minus = g.text.equals("+") ? below(g, minusByX, used) : null;
            if (minus == null) continue;
            if (out == null) out = new ArrayList<>(glyphs);
            used.add(minus);
            out.set(i, new Glyph("\u00b1", g.x, g.y, Math.max(g.width, minus.width), g.size, g.bold, g.spaceBefore));
        }
        if (out == null) return glyphs;
        out.removeIf(used::contains);
        return out;
    }

    private static boolean isMinus(Glyph g) {
        return g.text.length() == 1 && MINUS.indexOf(g.text.charAt(0)) >= 0;
    }

    /** A minus at the plus's x (within 0.15 em), of similar width, 0.15 to 0.8 em below its baseline. */
    private static Glyph below(Glyph plus, Map<Integer, List<Glyph>> minusByX, java.util.Set<Glyph> used) {
        int x = Math.round(plus.x);
        float em = plus.size;
        for (int k = x - 2; k <= x + 2; k++) {
            List<Glyph> cands = minusByX.get(k);
            if (cands == null) continue;
            for (Glyph m : cands) {
                float dy = m.y - plus.y;
                if (!used.contains(m) && Math.abs(m.x - plus.x) <= 0.15f * em && dy >= 0.15f * em && dy <= 0.8f * em
                        && Math.abs(m.size - plus.size) <= 0.2f * em && m.width >= 0.5f * plus.width
                        && m.width <= 1.5f * plus.width) return m;
            }
        }
        return null;
    }
}
