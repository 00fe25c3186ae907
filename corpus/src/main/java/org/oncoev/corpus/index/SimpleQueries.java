package org.oncoev.corpus.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Lenient query reading for search boxes: Lucene's {@link SimpleQueryParser} over text (weight 1) and title
 * (weight 0.5), all terms required by default. Never fails: a blank query matches every passage, a query
 * with no searchable terms matches none, and input beyond {@link PassageQueryParser#MAX_QUERY_CHARS} is cut.
 */
final class SimpleQueries {
    private SimpleQueries() {}

    static Query parse(String query, Analyzer analyzer) {
        if (query == null || query.isBlank()) return new MatchAllDocsQuery();
        String bounded = query.length() > PassageQueryParser.MAX_QUERY_CHARS
                ? query.substring(0, PassageQueryParser.MAX_QUERY_CHARS) : query;
        SimpleQueryParser parser = new SimpleQueryParser(analyzer,
                Map.of(IndexFields.TEXT, 1.0f, IndexFields.TITLE, 0.5f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        try {
            Query parsed = parser.parse(bounded);
            return parsed == null ? new MatchNoDocsQuery() : parsed;
        } catch (RuntimeException e) {
            // e.g. too many clauses: the lenient mode answers with nothing rather than an error
            return new MatchNoDocsQuery();
        }
    }
}
