package org.oncoev.corpus.jats;

import java.util.ArrayList;
import java.util.List;

import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.text.DocumentAssembler;
import org.oncoev.corpus.text.NormalizedText;
import org.oncoev.corpus.text.TextNormalizer;

/**
 * Normalised text whose characters map into the XML file: {@link TextNormalizer} runs over the text
 * flattened from the XML, and its offset map (into the flattened text) is composed with the flattened
 * text's own map (into the XML). A normalised character made from no flattened character (an empty range)
 * maps to the empty XML range where its neighbour ends. Both arrays are non-decreasing. Immutable.
 */
record SourcePiece(String text, int[] starts, int[] ends) {

    /** The prose normalisation of {@code m} in XML offsets (whitespace collapsed, stripped). */
    static SourcePiece prose(MappedText m) {
        if (m.isEmpty()) return new SourcePiece("", new int[0], new int[0]);
        String s = m.text();
        return compose(m, TextNormalizer.normalize(s, 0, s.length(), false));
    }

    /** The prose normalisation of {@code m}, split as the text assembler splits passages of this kind. */
    static List<SourcePiece> passages(MappedText m, PassageKind kind) {
        if (m.isEmpty()) return List.of();
        String s = m.text();
        NormalizedText n = TextNormalizer.normalize(s, 0, s.length(), false);
        if (n.isEmpty()) return List.of();
        List<SourcePiece> out = new ArrayList<>();
        for (NormalizedText part : DocumentAssembler.splitPassage(n, kind, false)) {
            if (!part.isEmpty()) out.add(compose(m, part));
        }
        return out;
    }

    private static SourcePiece compose(MappedText m, NormalizedText n) {
        int len = m.length();
        int[] st = new int[n.length()], en = new int[n.length()];
        int prevS = 0, prevE = 0;
        for (int i = 0; i < n.length(); i++) {
            int a = n.sourceStart(i), b = n.sourceEnd(i);
            int xs = a < len ? m.start(a) : m.end(len - 1);
            int xe = b > a ? m.end(Math.min(b, len) - 1) : xs;
            xs = Math.max(xs, i == 0 ? xs : prevS);
            xe = Math.max(Math.max(xe, xs), i == 0 ? xe : prevE);
            st[i] = prevS = xs;
            en[i] = prevE = xe;
        }
        return new SourcePiece(n.text(), st, en);
    }

    boolean isEmpty() { return text.isEmpty(); }

    int length() { return text.length(); }

    /** XML offset where the piece begins. */
    int sourceStart() { return starts[0]; }

    /** XML offset where the piece ends (exclusive). */
    int sourceEnd() { return ends[ends.length - 1]; }
}
