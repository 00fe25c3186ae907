package org.oncoev.corpus;

import java.util.List;
import java.util.Objects;
import org.oncoev.corpus.table.Table;

/**
 * A passage: a paragraph, a table, a caption or a heading, as normalised text that the extractors read.
 *
 * <p>Contract: {@code sourceStarts[i]}/{@code sourceEnds[i]} give the half-open range of the document's
 * source text that produced character {@code i} of {@link #text()}; both arrays have
 * {@code text().length()} entries and are non-decreasing. {@link #charStart()}/{@link #charEnd()} slice
 * the source text to exactly this passage's original characters. {@code sentences} are spans into
 * {@link #text()}. {@code page} is the 1-based page for PDF input, else null. {@code table} is the table
 * this passage carries as rows and cells (its cell offsets index {@link #text()}), or null for passages
 * that are not tables and for tables no reader could lay out as a grid.
 */
public final class Passage {
    private final int ordinal;
    private final int sectionOrdinal;
    private final PassageKind kind;
    private final String text;
    private final int[] sourceStarts;
    private final int[] sourceEnds;
    private final List<Span> sentences;
    private final Integer page;
    private final Table table;

    public Passage(int ordinal, int sectionOrdinal, PassageKind kind, String text,
                   int[] sourceStarts, int[] sourceEnds, List<Span> sentences, Integer page) {
        this(ordinal, sectionOrdinal, kind, text, sourceStarts, sourceEnds, sentences, page, null);
    }

    public Passage(int ordinal, int sectionOrdinal, PassageKind kind, String text,
                   int[] sourceStarts, int[] sourceEnds, List<Span> sentences, Integer page, Table table) {
        this.ordinal = ordinal;
        this.sectionOrdinal = sectionOrdinal;
        this.kind = Objects.requireNonNull(kind);
        this.text = Objects.requireNonNull(text);
        if (text.isEmpty()) throw new IllegalArgumentException("empty passage");
        if (sourceStarts.length != text.length() || sourceEnds.length != text.length())
            throw new IllegalArgumentException("offset arrays must match text length");
        this.sourceStarts = sourceStarts;
        this.sourceEnds = sourceEnds;
        this.sentences = List.copyOf(sentences);
        this.page = page;
        this.table = table;
    }

    public int ordinal() { return ordinal; }
    public int sectionOrdinal() { return sectionOrdinal; }
    public PassageKind kind() { return kind; }
    public String text() { return text; }
    public List<Span> sentences() { return sentences; }
    public Integer page() { return page; }
    /** The table this passage carries, or null. */
    public Table table() { return table; }

    /** First character of this passage in the document's source text. */
    public int charStart() { return sourceStarts[0]; }

    /** End (exclusive) of this passage in the document's source text. */
    public int charEnd() { return sourceEnds[text.length() - 1]; }

    /** Source offset where passage character {@code i} begins ({@code 0 <= i < length}). */
    public int sourceStart(int i) {
        return sourceStarts[Math.min(Math.max(i, 0), text.length() - 1)];
    }

    /** Source offset where the passage range ending (exclusively) at {@code end} ends. */
    public int sourceEnd(int end) {
        return sourceEnds[Math.min(Math.max(end, 1), text.length()) - 1];
    }

    @Override
    public String toString() {
        return "Passage[" + ordinal + "," + kind + "," + charStart() + ".." + charEnd() + ": "
                + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "]";
    }
}
