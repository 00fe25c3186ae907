package org.oncoev.corpus;

import java.util.List;

/**
 * A parsed paper. {@code sourceText} is the text that all offsets index: the decoded file for text
 * input, the extracted text for PDF input. {@code warnings} are non-fatal read problems (for example
 * invalid UTF-8 sequences that were replaced) that the pipeline records as ingest issues.
 * {@code metadata} is the paper's bibliographic data as far as the reader could read it, or null when
 * the reader reads none.
 */
public record Document(String fileName, String format, String title, String sourceText,
                       List<Section> sections, List<Passage> passages, Integer pages, List<String> warnings,
                       DocumentMetadata metadata) {
    public Document {
        sections = List.copyOf(sections);
        passages = List.copyOf(passages);
        warnings = List.copyOf(warnings);
    }

    /** A document without metadata. */
    public Document(String fileName, String format, String title, String sourceText,
                    List<Section> sections, List<Passage> passages, Integer pages, List<String> warnings) {
        this(fileName, format, title, sourceText, sections, passages, pages, warnings, null);
    }

    /** This document with {@code m} as its metadata. */
    public Document withMetadata(DocumentMetadata m) {
        return new Document(fileName, format, title, sourceText, sections, passages, pages, warnings, m);
    }
}
