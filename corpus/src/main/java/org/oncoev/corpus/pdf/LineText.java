package org.oncoev.corpus.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a run of glyphs (sorted by x) into text: spaces from gaps or space glyphs, and superscripts
 * written as {@code ^{...}} groups so that the text normaliser decides, as it does for text input,
 * whether they are exponents ({@code 10^{9}}), powers ({@code mg/m^{2}}) or citation and affiliation
 * marks (dropped). Ordinals ({@code 1st}) and symbols ({@code ®}) stay glued.
 */
final class LineText {
    private static final Pattern ORDINAL = Pattern.compile("st|nd|rd|th");
    private static final Pattern GROUPABLE = Pattern.compile("[\\p{L}\\p{N},;*+\\-\u2212\u2013\u2020\u2021\u00a7# ]{1,40}");
    private LineText() {}

    /** Appends the text of {@code glyphs} to {@code sb}; {@code em} is the row's font size. */
    static void append(StringBuilder sb, List<Glyph> glyphs, float em) {
        int start = sb.length();
        float tight = tightness(glyphs);
        Glyph prev = null;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (g.role == Glyph.SUPERSCRIPT) {
                int j = i;
                StringBuilder sup = new StringBuilder();
                Glyph last = g;
                while (j < glyphs.size() && glyphs.get(j).role == Glyph.SUPERSCRIPT) {
                    Glyph s = glyphs.get(j);
                    if (sup.length() > 0 && s.x - last.end() > 0.15f * s.size) sup.append(' ');
                    sup.append(s.text);
                    last = s;
                    j++;
                }
                boolean spaced = prev != null && gapIsSpace(prev, g, em, 0);
                appendScript(sb, start, sup.toString().strip(), spaced);
                prev = last;
                i = j - 1;
                continue;
            }
            if (prev != null && sb.length() > start && sb.charAt(sb.length() - 1) != ' '
                    && gapIsSpace(prev, g, em, tight)) sb.append(' ');
            sb.append(g.text);
            prev = g;
        }
    }

    /**
     * A space is a gap over 0.13 em, less on a tightly set line: where letters overlap (the median gap
     * between glyphs is negative), before a letter or digit over 0.11 em above that median, at least 0.09 em.
     */
    private static boolean gapIsSpace(Glyph prev, Glyph g, float em, float tight) {
        float gap = g.x - prev.end();
        float size = Math.min(em, Math.max(prev.size, g.size));
        boolean word = !g.text.isEmpty() && Character.isLetterOrDigit(g.text.charAt(0));
        float limit = tight < 0 && word ? Math.max(0.09f, Math.min(0.13f, tight + 0.11f)) : 0.13f;
        return gap > limit * size || (g.spaceBefore && gap > -0.05f * size);
    }

    /** The median gap between neighbouring normal glyphs in ems, when negative (letters set tightly); else 0. */
    private static float tightness(List<Glyph> glyphs) {
        int n = 0;
        float[] gaps = new float[Math.min(glyphs.size(), 512)];
        for (int i = 1; i < glyphs.size() && n < gaps.length; i++) {
            Glyph a = glyphs.get(i - 1), b = glyphs.get(i);
            if (a.role != Glyph.NORMAL || b.role != Glyph.NORMAL || b.size <= 0) continue;
            gaps[n++] = (b.x - a.end()) / b.size;
        }
        if (n < 8) return 0;
        java.util.Arrays.sort(gaps, 0, n);
        return Math.min(0, gaps[n / 2]);
    }

    private static void appendScript(StringBuilder sb, int start, String sup, boolean spaced) {
        if (sup.isEmpty()) return;
        boolean afterDigit = sb.length() > start && Character.isDigit(sb.charAt(sb.length() - 1));
        if (spaced && sb.length() > start && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
        if (afterDigit && ORDINAL.matcher(sup).matches() || !GROUPABLE.matcher(sup).matches()) sb.append(sup);
        else sb.append("^{").append(sup).append('}');
    }
}
