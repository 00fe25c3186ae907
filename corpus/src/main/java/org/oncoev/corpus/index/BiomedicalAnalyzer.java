package org.oncoev.corpus.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * Analyzer for passage text, titles and headings: {@link BiomedicalTokenizer} then lower-casing. No stop
 * words and no stemming, so {@code HR}, {@code 5-FU}, {@code mg/m2} and {@code 0.001} are searchable as
 * written (case-insensitively). Thread-safe, like every Lucene analyzer.
 */
public final class BiomedicalAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        BiomedicalTokenizer tokenizer = new BiomedicalTokenizer();
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
