package org.oncoev.corpus;

import java.util.List;

/**
 * A parsed paper. {@code sourceText} is the text that all offsets index: the decoded file for text
 * input, the extracted text for PDF input, the XML for JATS input. {@code warnings} are non-fatal read
 * problems (for example invalid UTF-8 sequences that were replaced) that the pipeline records as ingest
 * issues. {@code exclusions} are the source ranges not read for evidence, each with its reason
 * ({@link ExclusionReason}). {@code metadata} is the paper's bibliographic data as far as the reader could
 * read it, or null when the reader reads none.
 */
public record Document(String fileName, String format, String title, String sourceText,
                       List<Section> sections, List<Passage> passages, Integer pages, List<String> warnings,
                       Exclusions exclusions, DocumentMetadata metadata) {
    public Document {
        sections = List.copyOf(sections);
        passages = List.copyOf(passages);
        warnings = List.copyOf(warnings);
        if (exclusions == null) exclusions = Exclusions.fromPassages(passages);
    }

    /** A document without metadata. */
    public Document(String fileName, String format, String title, String sourceText,
                    List<Section> sections, List<Passage> passages, Integer pages, List<String> warnings,
                    Exclusions exclusions) {
        this(fileName, format, title, sourceText, sections, passages, pages, warnings, exclusions, null);
    }

    /** A document without metadata whose exclusions follow from its passage kinds ({@link Exclusions#fromPassages}). */
    public Document(String fileName, String format, String title, String sourceText,
                    List<Section> sections, List<Passage> passages, Integer pages, List<String> warnings) {
        this(fileName, format, title, sourceText, sections, passages, pages, warnings, null, null);
    }

    /** This document with {@code m} as its metadata. */
    public Document withMetadata(DocumentMetadata m) {
        return new Document(fileName, format, title, sourceText, sections, passages, pages, warnings, exclusions, m);
    }
}
