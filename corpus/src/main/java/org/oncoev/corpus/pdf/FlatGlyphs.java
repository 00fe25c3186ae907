package org.oncoev.corpus.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;

/**
 * Letters whose glyph outline is a flat horizontal bar: the font's Unicode map calls the glyph a letter but it
 * draws a dash (Advent-typeset journal PDFs set the en dash of ranges and page spans as an {@code e}, so
 * {@code 10-17 years} reads {@code 10e17}). Such a glyph reads as an en dash. Only simple fonts (codes below
 * 256) are checked, each code of a font once. Not thread-safe: one instance per document read.
 */
final class FlatGlyphs {
    private static final byte UNKNOWN = 0, FLAT = 1, SHAPED = 2;
    private final Map<PDFont, byte[]> seen = new IdentityHashMap<>();

    /** An en dash when {@code u} is one ASCII letter whose glyph in {@code font} is a flat bar, else {@code u}. */
    String text(PDFont font, int code, String u) {
        if (u.length() != 1 || !(font instanceof PDSimpleFont) || !(font instanceof PDVectorFont vector)
                || code < 0 || code > 255) return u;
        char c = u.charAt(0);
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) return u;
        byte[] states = seen.computeIfAbsent(font, f -> new byte[256]);
        if (states[code] == UNKNOWN) states[code] = flat(font, vector, code) ? FLAT : SHAPED;
        return states[code] == FLAT ? "\u2013" : u;
    }

    /** Wider than 0.3 em, at most 0.12 em high and at least four times wider than high. */
    private static boolean flat(PDFont font, PDVectorFont vector, int code) {
        try {
            Rectangle2D b = vector.getPath(code).getBounds2D();
            double em = Math.abs(font.getFontMatrix().getScaleY());
            double w = b.getWidth() * em, h = b.getHeight() * em;
            return w > 0.3 && h > 0 && h <= 0.12 && w >= 4 * h;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
