package org.oncoev.corpus.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * The one size measure the layout uses: a glyph's em size on the page, in the same user-space units
 * as its position. It is the length of the text rendering matrix's y axis (font size x text matrix x
 * CTM), so a 1-pt font scaled to 10 pt by the text matrix measures 10, a 9.46-pt font measures 9.46
 * (not PDFBox's rounded {@code getFontSizeInPt()}) and rotated text measures its own height. Type 3
 * fonts add their font matrix relative to the usual 1/1000. Implausible values fall back to the
 * glyph's box height.
 */
final class GlyphSize {
    private GlyphSize() {}

    static float of(TextPosition tp) {
        Matrix m = tp.getTextMatrix();
        float c = m.getValue(1, 0), d = m.getValue(1, 1);
        float size = (float) Math.sqrt(c * c + d * d);
        PDFont font = tp.getFont();
        if (font instanceof PDType3Font t3 && t3.getFontMatrix() != null) {
            Matrix fm = t3.getFontMatrix();
            float fc = fm.getValue(1, 0), fd = fm.getValue(1, 1);
            float scale = (float) Math.sqrt(fc * fc + fd * fd) * 1000f;
            if (scale > 0.01f && scale < 100f) size *= scale;
        }
        if (size > 0.5f && size < 500f) return size;
        float box = tp.getHeightDir() * 1.4f;
        return box > 0.5f && box < 500f ? box : 10f;
    }
}
