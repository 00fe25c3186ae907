package org.oncoev.corpus.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the text inside a figure on one page: the labels of a drawing (axis titles, arrows, structure names) set as
 * text, which otherwise reads as short headings and body lines between the columns. For each figure caption
 * ({@code Fig. 2 ...}), the lines above it over the caption's column (the page's width for a full-width caption),
 * below the last line of other text there (a body line, any cell over 40 characters, a line in the body's or the
 * caption's font, a bold line, a link, a row of a table titled there), are the figure's text when there are two or
 * more, or one of panel letters only ({@code A B C}); a figure wider than its caption's column brings the labels of the
 * other columns beside it ({@link #besideFigure}). The reader gathers them, top to bottom, into one
 * block right before the caption, which the text classifier excludes as figure text. Stateless.
 */
final class FigureText {
    private static final Pattern FIGURE_CAPTION = Pattern.compile("^(?:Fig(?:ure)?s?\\.?|FIGURE)\\s*S?\\d");
    private static final Pattern TABLE_TITLE = Pattern.compile("^(?:Table|TABLE)\\s*S?\\d");
    private static final Pattern LINK = Pattern.compile("(?i)https?://|\\bdoi\\b");
    private static final Pattern PANEL_LABELS = Pattern.compile("\\(?[A-Za-z]\\)?(?:\\s+\\(?[A-Za-z]\\)?){1,11}");
    /** How far above its caption a figure's text may start, in points. */
    private static final float MAX_FIGURE_HEIGHT = 450;

    private FigureText() {}

    /** The figure text of the page by the caption line it belongs to, each list top to bottom. */
    static Map<Line, List<Line>> find(List<Line> page, float bodySize, int bodyFont) {
        Map<Line, List<Line>> out = new IdentityHashMap<>();
        Map<Line, Boolean> taken = new IdentityHashMap<>();
        float pageLeft = Float.MAX_VALUE, pageRight = -Float.MAX_VALUE;
        for (Line l : page) {
            pageLeft = Math.min(pageLeft, l.x0);
            pageRight = Math.max(pageRight, l.x1);
        }
        for (Line c : page) {
            if (c.cells != 1 || c.gridRow || !FIGURE_CAPTION.matcher(c.text).find()) continue;
            float left = c.column == 0 ? pageLeft : c.colLeft, right = c.column == 0 ? pageRight : c.colRight;
            float top = c.y - MAX_FIGURE_HEIGHT;
            List<Line> above = new ArrayList<>();
            float table = Float.MAX_VALUE; // a table's title above on the page: its rows are no figure's
            for (Line l : page)
                if (l.y < c.y && TABLE_TITLE.matcher(l.text).find()) table = Math.min(table, l.y);
            for (Line l : page) {
                if (l == c || l.y >= c.y - 0.5f * c.size || l.y < top || l.x1 <= left || l.x0 >= right) continue;
                if ((label(l, c, bodySize, bodyFont) || panelLabels(l.text)) && !(l.gridRow && l.y > table)) above.add(l);
                else top = Math.max(top, l.y);
            }
            final float from = top;
            above.removeIf(l -> l.y <= from || taken.containsKey(l) || FIGURE_CAPTION.matcher(l.text).find());
            if (above.size() < 2 && !(above.size() == 1 && panelLabels(above.get(0).text))) continue;
            if (c.column != 0) above.addAll(besideFigure(page, c, above, bodySize, bodyFont, taken));
            above.sort(Comparator.comparingDouble((Line l) -> l.y).thenComparingDouble(l -> l.x0));
            for (Line l : above) taken.put(l, true);
            out.put(c, above);
        }
        return out;
    }

    /**
     * The labels of a figure wider than its caption's column (a flow chart across the page over a caption in the left
     * column): the lines of the other columns between the figure's top label and the caption, when all of them are
     * labels, panel letters or small print of up to 60 characters in another font than the body's (no text line,
     * heading, link or caption among them); else none.
     */
    private static List<Line> besideFigure(List<Line> page, Line c, List<Line> figure, float bodySize, int bodyFont,
                                           Map<Line, Boolean> taken) {
        float top = Float.MAX_VALUE;
        for (Line l : figure) top = Math.min(top, l.y);
        List<Line> out = new ArrayList<>();
        for (Line l : page) {
            if (l.column == c.column || l.column == 0 || l.y < top - c.size || l.y >= c.y || taken.containsKey(l)
                    || figure.contains(l)) continue;
            boolean small = l.size < 0.95f * bodySize && l.text.length() <= 60 && (l.font < 0 || l.font != bodyFont)
                    && !l.bold && !LINK.matcher(l.text).find(); // a box of a flow chart holds a longer label
            boolean caption = FIGURE_CAPTION.matcher(l.text).find();
            if (caption || !(small || label(l, c, bodySize, bodyFont) || panelLabels(l.text))) return List.of();
            out.add(l);
        }
        return out;
    }

    /** A line of two or more panel letters and nothing else ({@code A B C}, {@code (a) (b)}), in any font: a figure's labels. */
    static boolean panelLabels(String text) {
        return PANEL_LABELS.matcher(text.strip()).matches();
    }

    /**
     * A line that may be a figure's label: no text line, not bold (a heading), no link, in a font other than the
     * body's and the caption's (or of mixed fonts).
     */
    private static boolean label(Line l, Line caption, float bodySize, int bodyFont) {
        return !textLine(l, bodySize, bodyFont) && !l.bold && !LINK.matcher(l.text).find()
                && (l.font < 0 || l.font != bodyFont && l.font != caption.font);
    }

    /**
     * A line of running text: over 40 characters in a cell, a body-size line filling most of its column, or any
     * line in the body's font at its size (a narrow column of text set beside a figure).
     */
    private static boolean textLine(Line l, float bodySize, int bodyFont) {
        for (String cell : l.text.split("\t")) if (cell.strip().length() > 40) return true;
        boolean bodySized = l.size >= 0.95f * bodySize && l.size <= 1.1f * bodySize;
        return bodySized && (bodyFont >= 0 && l.font == bodyFont
                || l.cells == 1 && l.x1 - l.x0 >= 0.7f * (l.colRight - l.colLeft) && l.text.length() > 40);
    }
}
