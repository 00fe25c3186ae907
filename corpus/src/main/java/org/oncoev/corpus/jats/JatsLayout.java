package org.oncoev.corpus.jats;

import java.util.ArrayList;
import java.util.List;

import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.SectionKind;
import org.oncoev.corpus.table.Table;

/**
 * What the JATS walk produces before passages are made: sections (heading, kind, nesting level) and, in
 * document order, units of text each with its passage kind and section. A prose unit is flattened text
 * still to be normalised; a table unit carries its finished text and {@link Table}. Not thread-safe; one per document.
 */
final class JatsLayout {
    /** A section as met in the XML; {@code level} 0 for front and back matter, 1 for a top-level body section. */
    record SectionStart(String heading, SectionKind kind, int level, int start) {}

    /** A unit of text: prose ({@code table} null, normalised later) or a laid-out table. */
    record Unit(PassageKind kind, int section, MappedText text, Table table) {}

    final List<SectionStart> sections = new ArrayList<>();
    final List<Unit> units = new ArrayList<>();

    JatsLayout() {
        sections.add(new SectionStart(null, SectionKind.FRONT_MATTER, 0, 0));
    }

    /** Opens a section starting at XML offset {@code start} and returns its index. */
    int section(String heading, SectionKind kind, int level, int start) {
        sections.add(new SectionStart(heading, kind, level, start));
        return sections.size() - 1;
    }

    void prose(PassageKind kind, int section, MappedText text) {
        if (text.hasContent()) units.add(new Unit(kind, section, text, null));
    }

    void table(int section, MappedText text, Table table) {
        if (text.hasContent()) units.add(new Unit(PassageKind.TABLE, section, text, table));
    }
}
