package org.oncoev.corpus.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accents that a PDF draws as glyphs of their own, put back on their letters before the page is laid out. A spacing
 * accent ({@code ¨ ´ ` ˆ ˜ ˚ ¯ ˇ ˘ ˝}) whose middle lies over a letter set on the same baseline or up to an em
 * lower combines with it ({@code u} and {@code ¨} read {@code ü}). A dot accent stays a sign of its own right after
 * its letter on the letter's baseline ({@code E˙}, a formula's time derivative, instead of a stray dot that begins a
 * row of its own above the equation); that includes an underscore set raised over a letter, which is how TeX's text
 * fonts, whose dot accent sits at the underscore's code, reach the page under an underscore's name. A ring over no
 * letter is a degree sign ({@code 30˚C} reads {@code 30°C}). Linear in glyphs times accents, that product capped;
 * stateless.
 */
final class Accents {
    /** Spacing accents that combine with the letter under them, and the combining marks they become. */
    private static final String SPACING = "\u00a8\u00b4`\u02c6\u02dc\u02da\u00af\u02c7\u02d8\u02dd",
            COMBINING = "\u0308\u0301\u0300\u0302\u0303\u030a\u0304\u030c\u0306\u030b";
    static final String DOT = "\u02d9", RING = "\u02da", DEGREE = "\u00b0";
    /** Accents times glyphs looked at per page at most: further accents stay as they are (hostile input). */
    private static final long MAX_WORK = 5_000_000L;

    private Accents() {}

    /** True for glyph text that may be an accent of its own: a spacing accent, a dot accent, an underscore. */
    static boolean candidate(String t) {
        return t.length() == 1 && (SPACING.indexOf(t.charAt(0)) >= 0 || t.equals(DOT) || t.equals("_"));
    }

    /** The glyphs with accents put on their letters (see the class comment); {@code glyphs} itself when none moved. */
    static List<Glyph> place(List<Glyph> glyphs) {
        List<Glyph> accents = new ArrayList<>();
        long most = MAX_WORK / Math.max(1, glyphs.size());
        for (Glyph g : glyphs) if (candidate(g.text) && accents.size() < most) accents.add(g);
        if (accents.isEmpty()) return glyphs;
        Map<Glyph, Glyph> replaced = new IdentityHashMap<>(); // a letter or an accent -> its new glyph (null: dropped)
        List<Glyph> dots = new ArrayList<>();
        for (Glyph a : accents) {
            boolean underscore = a.text.equals("_");
            Glyph letter = under(glyphs, a, underscore ? 0.1f : 0f, replaced);
            if (letter == null) {
                if (a.text.equals(RING)) replaced.put(a, copy(a, DEGREE, a.x, a.y, a.width, a.size));
                continue;
            }
            replaced.put(a, null);
            if (underscore || a.text.equals(DOT)) {
                float w = Math.min(0.05f * letter.size, letter.width / 4);
                Glyph dot = new Glyph(DOT, letter.end() - w, letter.y, w, letter.size, letter.bold, false);
                dot.font = letter.font;
                dots.add(dot);
                continue;
            }
            String mark = COMBINING.substring(SPACING.indexOf(a.text.charAt(0)), SPACING.indexOf(a.text.charAt(0)) + 1);
            String base = replaced.containsKey(letter) ? replaced.get(letter).text : letter.text;
            String combined = Normalizer.normalize(base + mark, Normalizer.Form.NFC);
            replaced.put(letter, copy(letter, combined, letter.x, letter.y, letter.width, letter.size));
        }
        if (replaced.isEmpty()) return glyphs;
        List<Glyph> out = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            if (!replaced.containsKey(g)) out.add(g);
            else if (replaced.get(g) != null) out.add(replaced.get(g));
        }
        out.addAll(dots);
        return out;
    }

    /**
     * The letter under accent {@code a}: its middle within the letter's box, the letter's baseline {@code minRaise} to
     * 1 em below the accent's, the letter not itself an accent; the nearest by its middle, or null.
     */
    private static Glyph under(List<Glyph> glyphs, Glyph a, float minRaise, Map<Glyph, Glyph> replaced) {
        float mid = a.x + a.width / 2;
        Glyph best = null;
        float bestDist = Float.MAX_VALUE;
        for (Glyph g : glyphs) {
            if (g == a || g.text.isEmpty() || !Character.isLetter(g.text.codePointAt(0)) || candidate(g.text)) continue;
            if (replaced.containsKey(g) && replaced.get(g) == null) continue;
            float dy = g.y - a.y, slack = 0.05f * g.size;
            if (dy < minRaise * g.size || dy > g.size || mid < g.x - slack || mid > g.end() + slack) continue;
            float dist = Math.abs(mid - (g.x + g.width / 2));
            if (dist < bestDist) {
                bestDist = dist;
                best = g;
            }
        }
        return best;
    }

    private static Glyph copy(Glyph from, String text, float x, float y, float width, float size) {
        Glyph g = new Glyph(text, x, y, width, size, from.bold, from.spaceBefore);
        g.font = from.font;
        return g;
    }
}
