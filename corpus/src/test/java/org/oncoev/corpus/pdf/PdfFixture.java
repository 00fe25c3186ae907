package org.oncoev.corpus.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Builds test PDFs with PDFBox: pages of text drawn at given positions (y measured from the top),
 * in the order the test calls (so content-stream order can differ from reading order).
 */
final class PdfFixture {
    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    static final float WIDTH = PDRectangle.LETTER.getWidth(), HEIGHT = PDRectangle.LETTER.getHeight();
    /**
     * A Unicode font (Liberation Sans, shipped inside PDFBox) with a ToUnicode map, for text outside
     * WinAnsi (no-break space, minus sign); embedded afresh in each built document.
     */
    static final PDFont UNICODE = loadUnicodeFont(new PDDocument());

    /**
     * One drawn string. When {@code scaled}, the font is set at 1 pt and the text rendering matrix (here
     * the CTM, as in PLOS ONE PDFs) scales it to {@code size}.
     */
    record Text(PDFont font, float size, float x, float yFromTop, String text, boolean scaled) {}

    private final List<List<Text>> pages = new ArrayList<>();
    private final List<Integer> imagePages = new ArrayList<>();

    PdfFixture page() {
        pages.add(new ArrayList<>());
        return this;
    }

    PdfFixture text(float x, float yFromTop, String text) {
        return text(REGULAR, 10, x, yFromTop, text);
    }

    PdfFixture text(PDFont font, float size, float x, float yFromTop, String text) {
        pages.get(pages.size() - 1).add(new Text(font, size, x, yFromTop, text, false));
        return this;
    }

    /** Draws with a 1-pt font that the text rendering matrix (the CTM) scales to {@code size}. */
    PdfFixture scaledText(PDFont font, float size, float x, float yFromTop, String text) {
        pages.get(pages.size() - 1).add(new Text(font, size, x, yFromTop, text, true));
        return this;
    }

    /** Lines of body text from the top of a column, 12 pt apart; returns the y after the last line. */
    float lines(float x, float yFromTop, String... lines) {
        for (String l : lines) {
            text(x, yFromTop, l);
            yFromTop += 12;
        }
        return yFromTop;
    }

    /** Adds an image-only page (a drawn grey rectangle as a bitmap, no text). */
    PdfFixture imagePage() {
        pages.add(new ArrayList<>());
        imagePages.add(pages.size() - 1);
        return this;
    }

    static float width(PDFont font, float size, String s) {
        try {
            return font.getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        return build(null);
    }

    /** The PDF encrypted with a user password (and a different owner password). */
    byte[] encrypted(String userPassword) {
        return build(userPassword);
    }

    private static PDFont loadUnicodeFont(PDDocument doc) {
        try (var in = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            return PDType0Font.load(doc, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] build(String userPassword) {
        PDFont unicode = null;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (imagePages.contains(p)) drawImage(doc, cs);
                    for (Text t : pages.get(p)) {
                        PDFont font = t.font() == UNICODE ? unicode : t.font();
                        if (font == null) font = unicode = loadUnicodeFont(doc);
                        if (t.scaled()) {
                            cs.saveGraphicsState();
                            cs.transform(new Matrix(t.size(), 0, 0, t.size(), t.x(), HEIGHT - t.yFromTop()));
                            cs.beginText();
                            cs.setFont(font, 1);
                            cs.setTextMatrix(new Matrix(1, 0, 0, 1, 0, 0));
                        } else {
                            cs.beginText();
                            cs.setFont(font, t.size());
                            cs.newLineAtOffset(t.x(), HEIGHT - t.yFromTop());
                        }
                        cs.showText(t.text());
                        cs.endText();
                        if (t.scaled()) cs.restoreGraphicsState();
                    }
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drawImage(PDDocument doc, PDPageContentStream cs) throws IOException {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 200; x++)
            for (int y = 0; y < 100; y++) img.setRGB(x, y, (x / 10 + y / 10) % 2 == 0 ? 0x202020 : 0xe0e0e0);
        PDImageXObject image = LosslessFactory.createFromImage(doc, img);
        cs.drawImage(image, 72, 400, 400, 200);
    }
}
