package org.oncoev.extractors.cohort;

import java.util.ArrayList;
import java.util.List;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.Span;

/**
 * The pieces of a passage that the cohort rules read one at a time: lines of tables and captions, the
 * passage's sentences otherwise (or the whole passage when it has none), each cut to a maximum length.
 */
final class Segments {
    private Segments() {}

    static List<Span> of(Passage passage, int maxLength) {
        String text = passage.text();
        List<Span> base = new ArrayList<>();
        if (passage.kind() == PassageKind.TABLE) {
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    if (i > start) base.add(new Span(start, i));
                    start = i + 1;
                }
            }
        } else if (!passage.sentences().isEmpty()) {
            base.addAll(passage.sentences());
        } else {
            base.add(new Span(0, text.length()));
        }
        List<Span> out = new ArrayList<>();
        for (Span s : base) {
            int end = Math.min(s.end(), text.length());
            for (int from = Math.min(s.start(), end); from < end; from += maxLength) {
                out.add(new Span(from, Math.min(end, from + maxLength)));
            }
        }
        return out;
    }
}
