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
 * Draws a one-page paper whose table has the header shapes journals set: header cells spanning sub-columns
 * ({@code text>2}, centred over the columns they span) and header cells wrapping over lines ({@code \n}, set at
 * the leading inside a cell, closer than rows are); every cell centred in its column, no rules. Test support.
 */
final class ShapedTablePdf {
    private static final float LEFT = 72, TOP = 720, ROW = 13, LEADING = 10, SIZE = 9, GAP = 22;

    private ShapedTablePdf() {}

    /** The text of a header cell spec ({@code Drug A>2} gives {@code Drug A}), its lines joined by spaces. */
    static String text(String spec) {
        int gt = spec.lastIndexOf('>');
        String t = gt > 0 && spec.substring(gt + 1).matches("\\d") ? spec.substring(0, gt) : spec;
        return t.replace('\n', ' ');
    }

    /** The number of columns a header cell spec spans. */
    static int span(String spec) {
        int gt = spec.lastIndexOf('>');
        return gt > 0 && spec.substring(gt + 1).matches("\\d") ? Integer.parseInt(spec.substring(gt + 1)) : 1;
    }

    static byte[] render(String caption, List<List<String>> header, List<List<String>> body) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
             InputStream ttf = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDFont font = PDType0Font.load(doc, ttf);
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            int n = body.get(0).size();
            float[] width = new float[n];
            for (List<String> r : body) for (int c = 0; c < n; c++) width[c] = Math.max(width[c], w(font, r.get(c)));
            List<String> last = header.get(header.size() - 1);
            for (int c = 0; c < n; c++) for (String line : last.get(c).split("\n")) width[c] = Math.max(width[c], w(font, line));
            for (List<String> r : header) // a spanning cell wider than its columns widens them, as typesetters do
                for (int k = 0, c = 0; k < r.size(); c += span(r.get(k)), k++) {
                    int sp = span(r.get(k));
                    float have = (sp - 1) * GAP;
                    for (int j = c; j < c + sp; j++) have += width[j];
                    float need = w(font, text(r.get(k))) + GAP / 2;
                    for (int j = c; j < c + sp && need > have; j++) width[j] += (need - have) / sp;
                }
            float[] x = new float[n];
            x[0] = LEFT;
            for (int c = 1; c < n; c++) x[c] = x[c - 1] + width[c - 1] + GAP;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = TOP;
                show(cs, font, 16, LEFT, y, "A randomised trial of drug A");
                y -= 32;
                show(cs, font, 12, LEFT, y, "Results");
                y -= 20;
                show(cs, font, 10, LEFT, y, "The table shows the results.");
                y -= 22;
                show(cs, font, 10, LEFT, y, "Table 2 " + caption);
                y -= 16;
                for (List<String> r : header) {
                    int lines = 1;
                    for (int k = 0, c = 0; k < r.size(); c += span(r.get(k)), k++) {
                        String spec = r.get(k);
                        int s = span(spec);
                        float lo = x[c], hi = x[c + s - 1] + width[c + s - 1];
                        String[] ls = (s > 1 ? text(spec) : spec).split("\n");
                        lines = Math.max(lines, ls.length);
                        for (int j = 0; j < ls.length; j++) cell(cs, font, c == 0, lo, hi, y - j * LEADING, ls[j]);
                    }
                    y -= (lines - 1) * LEADING + ROW;
                }
                for (List<String> r : body) {
                    for (int c = 0; c < n; c++) cell(cs, font, c == 0, x[c], x[c] + width[c], y, r.get(c));
                    y -= ROW;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static float w(PDFont font, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * SIZE;
    }

    /** A cell: the label column set flush left, the others centred between {@code lo} and {@code hi}. */
    private static void cell(PDPageContentStream cs, PDFont font, boolean label, float lo, float hi, float y, String s) throws IOException {
        if (s.isEmpty()) return;
        show(cs, font, SIZE, label ? lo : (lo + hi - w(font, s)) / 2, y, s);
    }

    private static void show(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
