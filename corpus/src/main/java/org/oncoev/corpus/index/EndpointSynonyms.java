package org.oncoev.corpus.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Query-time analyzer for passage text that knows how oncology papers name endpoints: {@code OS} and
 * {@code overall survival}, {@code HR} and {@code hazard ratio}, and that an unqualified {@code median survival}
 * is the median overall survival. Each group below is an equivalence: a query for any form also matches the
 * others ({@code "median overall survival"} finds {@code median OS} and {@code median survival}). The index
 * itself keeps the text as written ({@link BiomedicalAnalyzer}). Thread-safe.
 */
final class EndpointSynonyms extends Analyzer {
    /** Equivalence groups in analysed form (lower case; hyphenated words are one token). */
    static final List<List<String>> GROUPS = List.of(
            List.of("os", "overall survival"),
            List.of("pfs", "progression-free survival", "progression free survival"),
            List.of("dfs", "disease-free survival", "disease free survival"),
            List.of("rfs", "recurrence-free survival", "relapse-free survival", "recurrence free survival"),
            List.of("efs", "event-free survival", "event free survival"),
            List.of("ttp", "time to progression", "time-to-progression"),
            List.of("dss", "disease-specific survival", "disease specific survival"),
            List.of("css", "cancer-specific survival", "cancer specific survival"),
            List.of("orr", "objective response rate", "overall response rate"),
            List.of("hr", "hazard ratio"),
            List.of("ci", "confidence interval"),
            List.of("median overall survival", "median os", "median survival", "mos"),
            List.of("median progression-free survival", "median pfs", "mpfs"));

    private static final SynonymMap MAP = build();

    private static SynonymMap build() {
        try {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (List<String> group : GROUPS) {
                for (String from : group) {
                    for (String to : group) {
                        if (!from.equals(to)) builder.add(phrase(from), phrase(to), true);
                    }
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharsRef phrase(String words) {
        return SynonymMap.Builder.join(words.split(" "), new CharsRefBuilder());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        BiomedicalTokenizer tokenizer = new BiomedicalTokenizer();
        TokenStream lower = new LowerCaseFilter(tokenizer);
        return new TokenStreamComponents(tokenizer, new SynonymGraphFilter(lower, MAP, true));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
