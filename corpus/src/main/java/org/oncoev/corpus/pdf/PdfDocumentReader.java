package org.oncoev.corpus.pdf;

import java.util.Locale;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.FileBudget;
import org.oncoev.corpus.DocumentReadException;
import org.oncoev.corpus.DocumentReader;
import org.oncoev.corpus.text.DocumentAssembler;

/**
 * Reads {@code .pdf} files: layout-aware text from {@link PdfTextExtractor} becomes the document's
 * source text, which {@link DocumentAssembler} normalises, sections and splits exactly as it does
 * text input, so a paper yields the same sentences whether it came as PDF or as text. Passages carry
 * their page numbers. Failures are {@link DocumentReadException}s whose reasons start with one of the
 * {@link PdfTextExtractor} constants. Thread-safe.
 */
public final class PdfDocumentReader implements DocumentReader {
    private final PdfTextExtractor extractor;

    public PdfDocumentReader(PdfLimits limits) {
        this.extractor = new PdfTextExtractor(limits);
    }

    public PdfDocumentReader() {
        this(PdfLimits.defaults());
    }

    @Override
    public boolean supports(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    @Override
    public Document read(String fileName, byte[] content) throws DocumentReadException {
        try {
            PdfTextExtractor.Extraction e = extractor.extract(content);
            return DocumentAssembler.assemble(fileName, "pdf", e.text(), e.pageStarts(), e.warnings());
        } catch (StackOverflowError e) {
            throw new DocumentReadException("parse", PdfTextExtractor.RECURSION);
        } catch (OutOfMemoryError e) {
            throw new DocumentReadException("parse", PdfTextExtractor.OUT_OF_MEMORY);
        } catch (FileBudget.Exceeded e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DocumentReadException("parse", "layout failed: " + PdfTextExtractor.brief(e), e);
        }
    }
}
