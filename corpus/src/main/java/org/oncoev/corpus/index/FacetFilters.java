package org.oncoev.corpus.index;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Restricts a query to passages with given facet values (non-scoring filter clauses). A keyword value matches
 * case-insensitively ({@code journal}: {@code BMC Cancer}); a year is a whole number or a range
 * {@code [2015 TO *]} / {@code [2015 TO 2019]} (inclusive, {@code *} open).
 */
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
                clause = intClause(field, value.strip());
            } else {
                clause = new TermQuery(new Term(field, KeywordValueAnalyzer.normaliseValue(value)));
            }
            b.add(clause, BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static final Pattern RANGE = Pattern.compile("\\[\\s*(\\*|-?\\d{1,9})\\s+TO\\s+(\\*|-?\\d{1,9})\\s*\\]");

    /** An exact whole number, or an inclusive range with {@code *} for an open end. */
    private static Query intClause(String field, String value) throws QuerySyntaxException {
        Matcher m = RANGE.matcher(value);
        try {
            if (!m.matches()) return IntPoint.newExactQuery(field, Integer.parseInt(value));
            int lo = m.group(1).equals("*") ? Integer.MIN_VALUE : Integer.parseInt(m.group(1));
            int hi = m.group(2).equals("*") ? Integer.MAX_VALUE : Integer.parseInt(m.group(2));
            return IntPoint.newRangeQuery(field, lo, hi);
        } catch (NumberFormatException e) {
            throw new QuerySyntaxException("filter '" + field + "' needs a whole number or a range [from TO to]", -1);
        }
    }
}
