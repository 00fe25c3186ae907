package org.oncoev.corpus.index;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;

/**
 * Analyzer for keyword fields at query time: the whole value is one lower-cased, trimmed term, matching
 * how {@link #normaliseValue(String)} indexes it.
 */
public final class KeywordValueAnalyzer extends Analyzer {
    /** The indexed form of a keyword value: trimmed and lower-cased (root locale). */
    public static String normaliseValue(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        KeywordTokenizer tokenizer = new KeywordTokenizer();
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
