package org.oncoev.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.oncoev.bench.PaperGenerator.Block;
import org.oncoev.bench.PaperGenerator.Kind;

/**
 * Renders a generated paper as a two-column A4 PDF with PDFBox: the title and authors span the page, then
 * headings (bold), paragraphs (justified by word wrap), captions and tab-separated table rows flow down the
 * left column and on into the right one, page after page. Only the standard 14 fonts are used, so the text
 * must be ASCII (the generator guarantees it). Thread-safe (stateless).
 */
public final class PdfPaperRenderer {
    private static final float MARGIN = 50;
    private static final float GUTTER = 20;
    private static final float BODY_SIZE = 9;

    /** The paper as PDF bytes. */
    public byte[] render(PaperGenerator.Paper paper) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Layout(pdf).write(paper.plainBlocks());
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** The cursor over pages and columns while writing one document. */
    private static final class Layout {
        final PDDocument pdf;
        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        final float pageWidth = PDRectangle.A4.getWidth();
        final float pageHeight = PDRectangle.A4.getHeight();
        final float columnWidth = (pageWidth - 2 * MARGIN - GUTTER) / 2;
        PDPageContentStream stream;
        int column;
        float y;
        float top;

        Layout(PDDocument pdf) {
            this.pdf = pdf;
        }

        void write(List<Block> blocks) throws IOException {
            newPage();
            try {
                int i = 0;
                for (; i < blocks.size() && (blocks.get(i).kind() == Kind.TITLE || blocks.get(i).kind() == Kind.AUTHORS); i++) {
                    Block b = blocks.get(i);
                    boolean title = b.kind() == Kind.TITLE;
                    float size = title ? 15 : 10;
                    for (String line : wrap(b.text(), title ? bold : regular, size, pageWidth - 2 * MARGIN)) {
                        text(line, title ? bold : regular, size, MARGIN);
                    }
                    y -= 8;
                }
                top = y;
                for (; i < blocks.size(); i++) block(blocks.get(i));
            } finally {
                stream.close();
            }
        }

        void block(Block b) throws IOException {
            switch (b.kind()) {
                case HEADING -> {
                    y -= 6;
                    for (String line : wrap(b.text(), bold, 11, columnWidth)) text(line, bold, 11, columnX());
                    y -= 2;
                }
                case TABLE_ROW -> {
                    String[] cells = b.text().split("\t");
                    ensure(BODY_SIZE + 3);
                    float cellWidth = columnWidth / cells.length;
                    for (int c = 0; c < cells.length; c++) {
                        String cell = fit(cells[c], regular, BODY_SIZE - 1, cellWidth - 4);
                        show(cell, regular, BODY_SIZE - 1, columnX() + c * cellWidth, y);
                    }
                    y -= BODY_SIZE + 3;
                }
                default -> {
                    PDType1Font font = b.kind() == Kind.CAPTION ? bold : regular;
                    for (String line : wrap(b.text(), font, BODY_SIZE, columnWidth)) text(line, font, BODY_SIZE, columnX());
                    y -= b.kind() == Kind.REFERENCE ? 1 : 5;
                }
            }
        }

        float columnX() {
            return MARGIN + column * (columnWidth + GUTTER);
        }

        void text(String line, PDType1Font font, float size, float x) throws IOException {
            ensure(size + 2);
            show(line, font, size, x, y);
            y -= size + 2;
        }

        void show(String s, PDType1Font font, float size, float x, float baseline) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline - size);
            stream.showText(s);
            stream.endText();
        }

        /** Moves to the next column or page when fewer than {@code height} points remain. */
        void ensure(float height) throws IOException {
            if (y - height >= MARGIN) return;
            if (column == 0) {
                column = 1;
                y = top;
            } else {
                newPage();
            }
        }

        void newPage() throws IOException {
            if (stream != null) stream.close();
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            column = 0;
            y = pageHeight - MARGIN;
            top = y;
        }

        static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            if (!line.isEmpty()) lines.add(line.toString());
            return lines;
        }

        static String fit(String text, PDType1Font font, float size, float width) throws IOException {
            String s = text;
            while (s.length() > 1 && font.getStringWidth(s) / 1000 * size > width) s = s.substring(0, s.length() - 1);
            return s;
        }
    }
}
