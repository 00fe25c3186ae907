package org.oncoev.corpus;

/**
 * A section of a document. {@code charStart}/{@code charEnd} index the document's source text
 * ({@link Document#sourceText()}); {@code heading} is the normalised heading, or null for the front matter.
 */
public record Section(int ordinal, String heading, SectionKind kind, int charStart, int charEnd) {}
