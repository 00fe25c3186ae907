package org.oncoev.corpus;

import java.util.List;

/**
 * A parsed paper. {@code sourceText} is the text that all offsets index: the decoded file for text
 * input, the extracted text for PDF input. {@code warnings} are non-fatal read problems (for example
 * invalid UTF-8 sequences that were replaced) that the pipeline records as ingest issues.
 */
public record Document(String fileName, String format, String title, String sourceText,
                       List<Section> sections, List<Passage> passages, Integer pages, List<String> warnings) {
    public Document {
        sections = List.copyOf(sections);
        passages = List.copyOf(passages);
        warnings = List.copyOf(warnings);
    }
}
