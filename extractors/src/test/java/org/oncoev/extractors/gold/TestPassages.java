package org.oncoev.extractors.gold;

import java.util.List;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.Span;
import org.oncoev.corpus.sentence.SentenceSplitter;

/** Builds passages for extractor tests: identity offsets, sentences from the project's splitter. */
public final class TestPassages {
    private TestPassages() {}

    public static Passage body(String text) {
        return of(PassageKind.BODY, text, SentenceSplitter.split(text));
    }

    /** A TABLE passage: rows on lines, cells separated by tabs; one sentence per row. */
    public static Passage table(String text) {
        return of(PassageKind.TABLE, text, SentenceSplitter.splitLines(text));
    }

    public static Passage of(PassageKind kind, String text, List<Span> sentences) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            starts[i] = i + 100;
            ends[i] = i + 101;
        }
        return new Passage(3, 1, kind, text, starts, ends, sentences, null);
    }
}
