package org.oncoev.corpus.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.DocumentReadException;

/** Files that must fail with a clear reason, and bounds that cut a document short with a warning. */
class PdfHostileInputTest {
    static byte[] onePage() {
        PdfFixture f = new PdfFixture().page();
        f.lines(72, 100, "Thirty-two patients were enrolled at four centres between January and October.",
                "The dose of the study drug was escalated in cohorts of three patients each.");
        return f.bytes();
    }

    static byte[] garbage() {
        PdfFixture f = new PdfFixture().page();
        String[] tokens = {"Xqzt", "vbnm", "kjhg", "wrtp", "Sdfg", "hjkl", "zxcv", "mnbv", "qwrt", "plkj"};
        for (int line = 0; line < 12; line++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 12; w++) sb.append(tokens[(line * 7 + w * 3) % tokens.length]).append(' ');
            f.text(72, 80 + 14 * line, sb.toString().strip());
        }
        return f.bytes();
    }

    static Stream<Arguments> failures() {
        return Stream.<Arguments>of(
                Arguments.of("zero-byte file", (Supplier<byte[]>) () -> new byte[0], "read", "empty file"),
                Arguments.of("HTML saved as .pdf", (Supplier<byte[]>) () ->
                        "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8), "read",
                        "not a PDF: starts with \"<html><body>Not \""),
                Arguments.of("encrypted with a user password", (Supplier<byte[]>) () -> {
                    PdfFixture f = new PdfFixture().page();
                    f.lines(72, 100, "Confidential interim analysis of the data monitoring committee.");
                    return f.encrypted("secret");
                }, "read", "encrypted: a password is required"),
                Arguments.of("image-only page", (Supplier<byte[]>) () -> new PdfFixture().imagePage().bytes(),
                        "parse", "no text layer: needs OCR"),
                Arguments.of("header only, no body", (Supplier<byte[]>) () -> {
                    byte[] pdf = onePage();
                    return Arrays.copyOf(pdf, 9);
                }, "read", "damaged PDF"),
                Arguments.of("text from a broken font encoding", (Supplier<byte[]>) PdfHostileInputTest::garbage,
                        "parse", "unreadable text: only 0% of words have a vowel"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failsWithReason(String name, Supplier<byte[]> file, String stage, String reasonPrefix) {
        DocumentReadException e = assertThrows(DocumentReadException.class,
                () -> new PdfTextExtractor().extract(file.get()));
        assertTrue(e.getMessage().startsWith(reasonPrefix), e.getMessage());
        assertEquals(stage, e.stage());
    }

    @Test
    void truncatedFileIsRecoveredWithWarningOrFailsAsDamaged() {
        byte[] pdf = onePage();
        byte[] cut = Arrays.copyOf(pdf, pdf.length * 2 / 3);
        try {
            PdfTextExtractor.Extraction e = new PdfTextExtractor().extract(cut);
            assertTrue(e.warnings().stream().anyMatch(w -> w.startsWith("damaged PDF: no end-of-file marker")),
                    e.warnings().toString());
        } catch (DocumentReadException e) {
            assertTrue(e.getMessage().startsWith("damaged PDF") || e.getMessage().startsWith("no text layer"),
                    e.getMessage());
        }
    }

    /** A page tree whose Kids array also points back at the tree root. */
    static byte[] pageTreeLoop() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc =
                     org.apache.pdfbox.Loader.loadPDF(onePage());
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.cos.COSDictionary root = doc.getPages().getCOSObject();
            org.apache.pdfbox.cos.COSArray kids = root.getCOSArray(org.apache.pdfbox.cos.COSName.KIDS);
            kids.add(root);
            root.setInt(org.apache.pdfbox.cos.COSName.COUNT, 2);
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void pageTreeLoopIsReadOrRefusedWithAReason() throws Exception {
        byte[] pdf = pageTreeLoop();
        try {
            PdfTextExtractor.Extraction e = new PdfTextExtractor().extract(pdf);
            assertTrue(e.text().startsWith("Thirty-two patients were enrolled"), e.text());
        } catch (DocumentReadException e) {
            assertTrue(e.getMessage().startsWith("damaged PDF"), e.getMessage());
        }
    }

    @Test
    void timeLimitFailsTheDocument() {
        PdfLimits limits = PdfLimits.defaults().withTimeLimit(Duration.ofNanos(1));
        DocumentReadException e = assertThrows(DocumentReadException.class,
                () -> new PdfTextExtractor(limits).extract(onePage()));
        assertEquals("time limit exceeded (0 s)", e.getMessage());
    }

    @Test
    void pageCapReadsTheFirstPagesAndWarns() throws Exception {
        PdfFixture f = new PdfFixture();
        for (int p = 1; p <= 3; p++) f.page().lines(72, 100, "This is the body of page number " + p + " of the report.");
        PdfTextExtractor.Extraction e = new PdfTextExtractor(PdfLimits.defaults().withMaxPages(2)).extract(f.bytes());
        assertEquals(2, e.pagesRead());
        assertEquals(3, e.pagesInFile());
        assertTrue(e.text().contains("page number 2") && !e.text().contains("page number 3"), e.text());
        assertEquals("page cap: read 2 of 3 pages", e.warnings().get(0));
    }

    @Test
    void characterCapStopsAfterThePageThatCrossesIt() throws Exception {
        PdfFixture f = new PdfFixture();
        for (int p = 1; p <= 3; p++) f.page().lines(72, 100, "Body text of page " + p + " with enough characters to count.");
        PdfTextExtractor.Extraction e = new PdfTextExtractor(PdfLimits.defaults().withMaxChars(60)).extract(f.bytes());
        assertEquals(2, e.pagesRead());
        assertTrue(e.warnings().get(0).startsWith("character cap: text cut after page 2"), e.warnings().toString());
    }

    @Test
    void imageOnlyPageAmongTextPagesIsAWarning() throws Exception {
        PdfFixture f = new PdfFixture();
        f.page().lines(72, 100, "The first page carries the abstract of the invented study report.");
        f.imagePage();
        PdfTextExtractor.Extraction e = new PdfTextExtractor().extract(f.bytes());
        assertEquals("no text layer on page 2: needs OCR", e.warnings().get(0));
    }
}
