package org.oncoev.corpus;

/**
 * A section of a document. {@code charStart}/{@code charEnd} index the document's source text
 * ({@link Document#sourceText()}); {@code heading} is the normalised heading, or null for the front matter.
 * {@code level} is the section's nesting depth where the format states it (JATS: 1 for a top-level body
 * section, 2 for a section inside it, ...; 0 for front and back matter), or 0 when the reader does not know it.
 */
public record Section(int ordinal, String heading, SectionKind kind, int charStart, int charEnd, int level) {
    /** A section whose nesting level is not known. */
    public Section(int ordinal, String heading, SectionKind kind, int charStart, int charEnd) {
        this(ordinal, heading, kind, charStart, charEnd, 0);
    }
}
