package org.oncoev.extractors.jats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws a one-page paper with PDFBox: a title, a heading, a sentence, a table caption, then the table with each
 * cell at its column's x position (no tabs or rules in the PDF, as journals set tables). Test support.
 */
final class TablePdf {
    private static final float LEFT = 72, TOP = 720, LINE = 14, SIZE = 10;

    private TablePdf() {}

    static byte[] render(String caption, List<List<String>> rows) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
             InputStream ttf = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDFont font = PDType0Font.load(doc, ttf);
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            int columns = rows.get(0).size();
            float[] x = columnStarts(font, rows, columns);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = TOP;
                y = line(cs, font, 16, LEFT, y, "A randomised trial of drug A") - 10;
                y = line(cs, font, 12, LEFT, y, "Results") - 4;
                y = line(cs, font, SIZE, LEFT, y, "The table shows the results.") - 8;
                y = line(cs, font, SIZE, LEFT, y, "Table 2 " + caption) - 2;
                for (List<String> r : rows) {
                    for (int c = 0; c < columns; c++) text(cs, font, SIZE, x[c], y, r.get(c));
                    y -= LINE;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Each column starts 24 pt after the widest cell of the column before it. */
    private static float[] columnStarts(PDFont font, List<List<String>> rows, int columns) throws IOException {
        float[] x = new float[columns];
        x[0] = LEFT;
        for (int c = 1; c < columns; c++) {
            float widest = 0;
            for (List<String> r : rows) widest = Math.max(widest, font.getStringWidth(r.get(c - 1)) / 1000 * SIZE);
            x[c] = x[c - 1] + widest + 24;
        }
        return x;
    }

    private static float line(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        text(cs, font, size, x, y, s);
        return y - size * 1.4f;
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
