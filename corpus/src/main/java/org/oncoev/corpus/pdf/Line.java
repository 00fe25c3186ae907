package org.oncoev.corpus.pdf;

import java.util.List;

/**
 * A laid-out line of one page: its text (table cells separated by tabs), geometry and style.
 * {@code column} is 0 for full-width lines, else the page's columns from 1 left to right (1 and 2 for two
 * columns, a small-print side column counting as one);
 * {@code colLeft}/{@code colRight} bound the text of that column on the page.
 */
final class Line {
    final String text;
    final int cells;
    final float x0, x1, y, size;
    final boolean bold;
    /** The font most of the line's glyphs are set in ({@link Glyph#font}), or -1. */
    int font = -1;
    final int column;
    float colLeft, colRight;
    /** The baseline of the line's last text line: below {@code y} for a table row joined from two lines. */
    float yEnd;
    /** True for a row of a table laid out as a grid of two or more rows ({@link TableBlocks#grid}). */
    boolean gridRow;
    /** The pieces (cells) the line was made of and its row's font size, or null when not known. */
    List<Piece> pieces;
    /** The pieces before evenly spaced ones were merged as a justified line (a table row can look so). */
    List<Piece> rawPieces;
    float rowSize;
    /** A line of a formula: stacked fractions laid into it, or an equation label {@code (3)} set apart at its end. */
    boolean maths;

    Line(String text, int cells, float x0, float x1, float y, float size, boolean bold, int column) {
        this.text = text;
        this.cells = cells;
        this.x0 = x0;
        this.x1 = x1;
        this.y = y;
        this.yEnd = y;
        this.size = size;
        this.bold = bold;
        this.column = column;
    }

    @Override
    public String toString() {
        return "[" + column + "|" + y + "|" + size + (bold ? "b" : "") + "] " + text;
    }
}
