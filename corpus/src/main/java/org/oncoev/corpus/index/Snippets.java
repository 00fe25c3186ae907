package org.oncoev.corpus.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets of the passage text with the {@link UnifiedHighlighter} (offsets from the postings):
 * HTML-escaped text, matches wrapped in {@code <mark>}, up to two fragments of about {@link #FRAGMENT_CHARS}
 * characters; a passage without matches in its text (e.g. found by an evidence field) gets its opening.
 * Offsets come from re-analysing the (short) passages of the page with the index analyzer, which is an order of
 * magnitude faster for phrase queries than reading them from the postings of a large index.
 */
final class Snippets {
    private Snippets() {}

    static final int FRAGMENT_CHARS = 240;
    static final int MAX_FRAGMENTS = 2;

    static String[] highlight(IndexSearcher searcher, Analyzer analyzer, Query query, ScoreDoc[] page,
                              TotalHits totalHits) throws IOException {
        if (page.length == 0) return new String[0];
        UnifiedHighlighter highlighter = new AnalysingHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), FRAGMENT_CHARS, 0.5f))
                .withMaxNoHighlightPassages(1));
        String[] snippets = highlighter.highlight(IndexFields.TEXT, query, new TopDocs(totalHits, page), MAX_FRAGMENTS);
        for (int i = 0; i < snippets.length; i++) if (snippets[i] == null) snippets[i] = "";
        return snippets;
    }

    /** Takes match offsets from re-analysing the stored text instead of the postings. */
    private static final class AnalysingHighlighter extends UnifiedHighlighter {
        AnalysingHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.ANALYSIS;
        }
    }
}
