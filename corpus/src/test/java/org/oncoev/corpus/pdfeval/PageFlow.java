package org.oncoev.corpus.pdfeval;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The page cursor of the journal renderer: A4 pages with a running header (journal line and short title),
 * a footer with the page number, two text columns, and full-width floats (wide tables) set at the top of
 * the next page before the columns start. {@code y} is measured from the top of the page. Not thread-safe.
 */
final class PageFlow {
    static final float W = PDRectangle.A4.getWidth(), H = PDRectangle.A4.getHeight();
    static final float LEFT = 52, RIGHT = 52, TOP = 66, BOTTOM = 62, GUTTER = 17;
    static final float FULL = W - LEFT - RIGHT;
    static final float COLUMN = (FULL - GUTTER) / 2;

    /** Something drawn as a block: its height and how to draw it with its top-left at (x, y). */
    interface Block {
        float height();

        void draw(PageFlow flow, float x, float y) throws IOException;
    }

    final PDDocument doc;
    final PDFont regular, bold, italic;
    private final String journal, shortTitle;
    private final Deque<Block> floats = new ArrayDeque<>();
    PDPageContentStream cs;
    int pageNo;
    int column;
    float y, colTop;

    PageFlow(PDDocument doc, String journal, String shortTitle) throws IOException {
        this.doc = doc;
        this.journal = journal;
        this.shortTitle = shortTitle;
        regular = font(doc, "DejaVuSerifCondensed.ttf");
        bold = font(doc, "DejaVuSerifCondensed-Bold.ttf");
        italic = font(doc, "DejaVuSerifCondensed-Italic.ttf");
    }

    private static PDFont font(PDDocument doc, String name) throws IOException {
        File f = new File("/usr/share/fonts/truetype/dejavu/" + name);
        if (f.isFile()) return PDType0Font.load(doc, f);
        try (InputStream in = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            return PDType0Font.load(doc, in);
        }
    }

    /** A font to clean header text with before the flow exists. */
    static PDFont regularFallback(PDDocument doc) throws IOException {
        return font(doc, "DejaVuSerifCondensed.ttf");
    }

    /** The left edge of the current column. */
    float x() {
        return LEFT + column * (COLUMN + GUTTER);
    }

    /** Moves on to the next column or page unless {@code h} points fit below the cursor. */
    void need(float h) throws IOException {
        for (int guard = 0; y + h > H - BOTTOM && guard < 6; guard++) nextColumn();
    }

    void nextColumn() throws IOException {
        if (column == 0) {
            column = 1;
            y = colTop;
        } else {
            newPage();
        }
    }

    /** Queues a full-width block for the top of the next page. */
    void floatToNextPage(Block b) {
        floats.add(b);
    }

    boolean hasFloats() {
        return !floats.isEmpty();
    }

    void newPage() throws IOException {
        if (cs != null) cs.close();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        pageNo++;
        furniture();
        column = 0;
        colTop = TOP;
        boolean first = true;
        while (!floats.isEmpty() && (first || colTop + floats.peek().height() <= H - BOTTOM)) {
            Block b = floats.poll();
            b.draw(this, LEFT, colTop);
            colTop += b.height() + 14;
            first = false;
        }
        if (!floats.isEmpty() || colTop > H - BOTTOM - 40) colTop = H - BOTTOM; // page full: text goes on overleaf
        y = colTop;
    }

    /** Running header, rule and page number. */
    private void furniture() throws IOException {
        String left = pageNo % 2 == 1 ? journal : shortTitle;
        String right = pageNo % 2 == 1 ? shortTitle : journal;
        text(italic, 7, LEFT, 40, left);
        text(italic, 7, W - RIGHT - width(italic, 7, right), 40, right);
        rule(LEFT, W - RIGHT, 45, 0.4f);
        String n = String.valueOf(pageNo);
        text(regular, 8, pageNo % 2 == 1 ? W - RIGHT - width(regular, 8, n) : LEFT, H - 36, n);
        text(regular, 6.5f, W / 2 - width(regular, 6.5f, FOOTER) / 2, H - 36, FOOTER);
    }

    private static final String FOOTER = "\u00a9 The Authors. Published under a Creative Commons licence.";

    void text(PDFont font, float size, float x, float yTop, String s) throws IOException {
        if (s.isEmpty()) return;
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, H - yTop);
        cs.showText(s);
        cs.endText();
    }

    void rule(float x0, float x1, float yTop, float width) throws IOException {
        cs.setLineWidth(width);
        cs.moveTo(x0, H - yTop);
        cs.lineTo(x1, H - yTop);
        cs.stroke();
    }

    void box(float x, float yTop, float w, float h) throws IOException {
        cs.setNonStrokingColor(0.85f, 0.85f, 0.85f);
        cs.addRect(x, H - yTop - h, w, h);
        cs.fill();
        cs.setNonStrokingColor(0f, 0f, 0f);
    }

    static float width(PDFont font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000f * size;
    }

    void close() throws IOException {
        while (!floats.isEmpty()) newPage();
        if (cs != null) cs.close();
    }
}
