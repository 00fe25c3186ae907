package org.oncoev.corpus.pdf;

/**
 * One glyph on a page in text-direction-adjusted coordinates: {@code y} is the baseline and grows
 * downwards, {@code size} is the font size in points. {@code role} is set by the layout:
 * {@link #NORMAL}, {@link #SUPERSCRIPT} or {@link #SUBSCRIPT}.
 */
final class Glyph {
    static final byte NORMAL = 0, SUPERSCRIPT = 1, SUBSCRIPT = 2;

    final String text;
    final float x, y, width, size;
    final boolean bold;
    /** True when the content stream put a space glyph right before this one. */
    final boolean spaceBefore;
    byte role = NORMAL;
    /** The glyph's font, numbered per document by font name (subset prefix dropped); -1 when not known. */
    int font = -1;

    Glyph(String text, float x, float y, float width, float size, boolean bold, boolean spaceBefore) {
        this.text = text;
        this.x = x;
        this.y = y;
        this.width = width;
        this.size = size;
        this.bold = bold;
        this.spaceBefore = spaceBefore;
    }

    float end() {
        return x + width;
    }

    @Override
    public String toString() {
        return text + "@" + x + "," + y + "/" + size;
    }
}
