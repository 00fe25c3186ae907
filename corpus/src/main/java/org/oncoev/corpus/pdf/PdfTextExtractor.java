package org.oncoev.corpus.pdf;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.oncoev.corpus.DocumentReadException;
import org.oncoev.corpus.FileBudget;
import org.oncoev.corpus.pdf.LayoutTextStripper.PageText;

/**
 * Extracts layout-aware text from a PDF: reading order over columns, running headers and footers
 * removed, hyphenation undone, superscript marks set apart (see {@link PageLayout},
 * {@link TextComposer}). Bounded by {@link PdfLimits}; every failure is a {@link DocumentReadException}
 * with a one-line reason (see the class constants). Thread-safe.
 */
public final class PdfTextExtractor {
    /** Extracted text, the offset where each read page starts, pages read and in the file, warnings. */
    public record Extraction(String text, int[] pageStarts, int pagesRead, int pagesInFile, List<String> warnings) {}

    public static final String EMPTY = "empty file";
    public static final String NOT_PDF = "not a PDF";
    public static final String ENCRYPTED = "encrypted: a password is required";
    public static final String DAMAGED = "damaged PDF";
    public static final String NO_TEXT = "no text layer: needs OCR";
    public static final String UNREADABLE = "unreadable text";
    public static final String TIME_LIMIT = "time limit exceeded";
    public static final String RECURSION = "damaged PDF: recursion too deep (recursive font, form or page tree)";
    public static final String OUT_OF_MEMORY = "out of memory while reading the PDF";

    private final PdfLimits limits;

    public PdfTextExtractor(PdfLimits limits) {
        this.limits = limits;
    }

    public PdfTextExtractor() {
        this(PdfLimits.defaults());
    }

    /** Extracts the text of {@code content}; never throws an unchecked exception. */
    public Extraction extract(byte[] content) throws DocumentReadException {
        if (content == null || content.length == 0) throw new DocumentReadException("read", EMPTY);
        if (indexOf(content, "%PDF-", 1024) < 0)
            throw new DocumentReadException("read", NOT_PDF + ": starts with \"" + preview(content) + "\"");
        long deadline = System.nanoTime() + Math.min(limits.timeLimit().toNanos(), FileBudget.remainingNanos());
        LayoutTextStripper stripper = new LayoutTextStripper(deadline, limits.maxChars());
        List<String> warnings = new ArrayList<>();
        int pagesInFile;
        try (DeadlineReadBuffer source = new DeadlineReadBuffer(content, stripper);
             PDDocument doc = Loader.loadPDF(source, "", null, null,
                     MemoryUsageSetting.setupMixed(limits.maxMainMemoryBytes()).streamCache)) {
            pagesInFile = doc.getNumberOfPages();
            if (pagesInFile <= 0) throw new DocumentReadException("read", DAMAGED + ": no pages");
            if (pagesInFile > limits.maxPages()) {
                stripper.setEndPage(limits.maxPages());
                warnings.add("page cap: read " + limits.maxPages() + " of " + pagesInFile + " pages");
            }
            try {
                stripper.writeText(doc, Writer.nullWriter());
            } catch (LayoutTextStripper.CharCapReached e) {
                warnings.add("character cap: text cut after page " + stripper.pages().size()
                        + " (" + limits.maxChars() + " characters)");
            }
        } catch (InvalidPasswordException e) {
            throw new DocumentReadException("read", ENCRYPTED, e);
        } catch (LayoutTextStripper.DeadlineExceeded e) {
            throw new DocumentReadException("parse", TIME_LIMIT + " (" + limits.timeLimit().toSeconds() + " s)");
        } catch (StackOverflowError e) {
            throw new DocumentReadException("parse", RECURSION);
        } catch (OutOfMemoryError e) {
            throw new DocumentReadException("parse", OUT_OF_MEMORY);
        } catch (DocumentReadException e) {
            throw e;
        } catch (IOException | RuntimeException | LinkageError | AssertionError e) {
            throw new DocumentReadException("read", DAMAGED + ": " + brief(e), e);
        }
        if (indexOf(content, "%%EOF", Integer.MAX_VALUE, Math.max(0, content.length - 2048)) < 0)
            warnings.add(DAMAGED + ": no end-of-file marker (truncated?), text recovered");
        return compose(stripper.pages(), pagesInFile, warnings);
    }

    private static Extraction compose(List<PageText> pages, int pagesInFile, List<String> warnings)
            throws DocumentReadException {
        int glyphs = 0;
        List<Integer> imageOnly = new ArrayList<>();
        for (PageText p : pages) {
            glyphs += p.glyphs();
            if (p.glyphs() < 5 && p.hasImages()) imageOnly.add(p.number());
        }
        if (glyphs == 0) throw new DocumentReadException("parse", NO_TEXT);
        TextComposer.Composed composed = TextComposer.compose(RunningLineFilter.filter(pages));
        if (composed.text().isBlank()) throw new DocumentReadException("parse", NO_TEXT);
        String problem = TextQuality.problem(composed.text());
        if (problem != null) throw new DocumentReadException("parse", UNREADABLE + ": " + problem);
        if (!imageOnly.isEmpty())
            warnings.add("no text layer on page" + (imageOnly.size() > 1 ? "s " : " ")
                    + joinCapped(imageOnly) + ": needs OCR");
        return new Extraction(composed.text(), composed.pageStarts(), pages.size(), pagesInFile, warnings);
    }

    private static String joinCapped(List<Integer> pages) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(pages.size(), 20); i++) sb.append(i > 0 ? ", " : "").append(pages.get(i));
        if (pages.size() > 20) sb.append(", ...");
        return sb.toString();
    }

    /** First line of the exception message, shortened, or the exception's simple name. */
    static String brief(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        m = m.strip().lines().findFirst().orElse("").replaceAll("\\s+", " ");
        return m.length() > 120 ? m.substring(0, 117) + "..." : m;
    }

    private static String preview(byte[] content) {
        String s = new String(content, 0, Math.min(16, content.length), StandardCharsets.ISO_8859_1);
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c >= 0x20 && c < 0x7f && c != '"' ? c : '.');
        return sb.toString();
    }

    static int indexOf(byte[] data, String needle, int within) {
        return indexOf(data, needle, within, 0);
    }

    private static int indexOf(byte[] data, String needle, int within, int from) {
        byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
        int last = (int) Math.min((long) data.length - n.length, (long) from + within);
        outer:
        for (int i = from; i <= last; i++) {
            for (int j = 0; j < n.length; j++) if (data[i + j] != n[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** An in-memory source that checks the extraction deadline while PDFBox parses it. */
    private static final class DeadlineReadBuffer extends RandomAccessReadBuffer {
        private final LayoutTextStripper clock;
        private int calls;

        DeadlineReadBuffer(byte[] content, LayoutTextStripper clock) {
            super(content);
            this.clock = clock;
        }

        @Override
        public int read() throws IOException {
            if ((++calls & 4095) == 0) clock.checkDeadline();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if ((++calls & 255) == 0) clock.checkDeadline();
            return super.read(b, off, len);
        }
    }
}
