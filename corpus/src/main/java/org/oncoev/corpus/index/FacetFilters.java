package org.oncoev.corpus.index;

import java.util.Map;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Restricts a query to passages with given facet values (non-scoring filter clauses). */
final class FacetFilters {
    private FacetFilters() {}

    static Query apply(Query query, Map<String, String> filters) throws QuerySyntaxException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        for (Map.Entry<String, String> f : filters.entrySet()) {
            String field = f.getKey();
            String value = f.getValue() == null ? "" : f.getValue();
            if (!IndexFields.FACETS.contains(field) && !IndexFields.KEYWORD_FIELDS.contains(field))
                throw new QuerySyntaxException("cannot filter on field '" + field + "'", -1);
            Query clause;
            if (IndexFields.INT_FIELDS.contains(field)) {
                try {
                    clause = IntPoint.newExactQuery(field, Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    throw new QuerySyntaxException("filter '" + field + "' needs a whole number", -1);
                }
            } else {
                clause = new TermQuery(new Term(field, KeywordValueAnalyzer.normaliseValue(value)));
            }
            b.add(clause, BooleanClause.Occur.FILTER);
        }
        return b.build();
    }
}
