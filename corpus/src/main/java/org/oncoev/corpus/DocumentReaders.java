package org.oncoev.corpus;

import java.util.List;
import java.util.Optional;

import org.oncoev.corpus.text.TextDocumentReader;

/** The registry of document readers, in the order they are asked whether they support a file. */
public final class DocumentReaders {
    private DocumentReaders() {}

    /** All readers: text and markdown, then PDF, then JATS XML. */
    public static List<DocumentReader> defaults() {
        return List.of(
                new TextDocumentReader(), new org.oncoev.corpus.pdf.PdfDocumentReader(),
                new org.oncoev.corpus.jats.JatsDocumentReader()
                // PDF reader: add `, new org.oncoev.corpus.pdf.PdfDocumentReader()` on the line above this comment.
        );
    }

    /** The first default reader that supports {@code fileName}, if any. */
    public static Optional<DocumentReader> forFile(String fileName) {
        for (DocumentReader r : defaults()) if (r.supports(fileName)) return Optional.of(r);
        return Optional.empty();
    }
}
