package org.oncoev.corpus.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncoev.corpus.DocumentReadException;

/** PDFs whose geometry is hostile (huge coordinates, hundreds of thousands of moves) end within their time limit. */
class PdfGeometryStallTest {
    /** A one-page PDF whose content stream is {@code content} (font F1 = Times-Roman). */
    static byte[] rawPage(String content) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            PDResources res = new PDResources();
            res.put(COSName.getPDFName("F1"), PdfFixture.REGULAR);
            page.setResources(res);
            PDStream stream = new PDStream(doc);
            try (OutputStream os = stream.createOutputStream()) {
                os.write(content.getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(stream);
            doc.addPage(page);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String moves(int n, String move) {
        StringBuilder sb = new StringBuilder("BT /F1 10 Tf 72 700 Td\n");
        for (int i = 0; i < n; i++) sb.append("(ab) Tj ").append(move).append(" Td\n");
        return sb.append("ET\n").toString();
    }

    /** Extracts with {@code limit}; returns the elapsed seconds (a failure with a reason is an answer too). */
    static double timed(byte[] pdf, Duration limit) {
        long t0 = System.nanoTime();
        try {
            new PdfTextExtractor(PdfLimits.defaults().withTimeLimit(limit)).extract(pdf);
        } catch (DocumentReadException e) {
            assertTrue(e.getMessage().startsWith(PdfTextExtractor.TIME_LIMIT), e.getMessage());
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    @Test
    void textFarOffThePageIsReadInTime() throws Exception {
        StringBuilder sb = new StringBuilder("BT /F1 10 Tf\n");
        for (int i = 0; i < 8; i++)
            sb.append("1 0 0 1 72 ").append(700 - 12 * i).append(" Tm (Volunteers were followed for relapse) Tj\n")
              .append("1 0 0 1 40000000 ").append(700 - 12 * i).append(" Tm (over four seasons) Tj\n");
        long t0 = System.nanoTime();
        String text = new PdfTextExtractor(PdfLimits.defaults().withTimeLimit(Duration.ofSeconds(20)))
                .extract(rawPage(sb.append("ET\n").toString())).text();
        assertTrue(text.contains("Volunteers were followed for relapse"), text);
        assertTrue(System.nanoTime() - t0 < 15e9, "took " + (System.nanoTime() - t0) / 1e9 + " s");
    }

    @ParameterizedTest(name = "300k moves of ({0}) Td")
    @ValueSource(strings = {"20 0", "0 -1", "0.01 0", "13 -0.5", "-7 0.3"})
    void pageOfManyRelativeMovesEndsByItsTimeLimit(String move) {
        double s = timed(rawPage(moves(300_000, move)), Duration.ofSeconds(3));
        assertTrue(s < 12, "a 3 s limit took " + s + " s");
    }
}
