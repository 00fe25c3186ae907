package org.oncoev.corpus.index;

import static org.oncoev.corpus.index.IndexFields.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query syntax over the passage index: the default field is {@code text}; keyword fields
 * match whole values case-insensitively; {@code cohort}, {@code pvalue}, {@code hr} and {@code year} take
 * numbers and ranges with open ends ({@code cohort:[50 TO *]}, {@code pvalue:[0 TO 0.001]}, {@code hr:{* TO 1}});
 * unknown fields are errors. Not thread-safe: create one per query (cheap).
 */
final class PassageQueryParser extends QueryParser {
    /** Longest query string accepted. */
    static final int MAX_QUERY_CHARS = 2000;

    private static final Set<String> KNOWN_FIELDS = knownFields();
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    private final String query;

    private PassageQueryParser(String query, Analyzer analyzer) {
        super(TEXT, analyzer);
        this.query = query;
        setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        setAllowLeadingWildcard(false);
    }

    /** The analyzer that reads query text: biomedical with endpoint synonyms for text fields, whole lower-cased values for keywords. */
    static Analyzer queryAnalyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        KeywordValueAnalyzer keyword = new KeywordValueAnalyzer();
        for (String f : KEYWORD_FIELDS) perField.put(f, keyword);
        return new PerFieldAnalyzerWrapper(new EndpointSynonyms(), perField);
    }

    /** Parses {@code query} in strict mode; errors carry a one-line reason and a 0-based position. */
    static Query parseStrict(String query, Analyzer analyzer) throws QuerySyntaxException {
        if (query == null || query.isBlank()) throw new QuerySyntaxException("empty query", 0);
        if (query.length() > MAX_QUERY_CHARS)
            throw new QuerySyntaxException("query longer than " + MAX_QUERY_CHARS + " characters", MAX_QUERY_CHARS);
        PassageQueryParser parser = new PassageQueryParser(query, analyzer);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            throw parser.translate(e);
        } catch (RuntimeException e) {
            // e.g. a regular expression too complex to determinise
            throw new QuerySyntaxException(e.getClass().getSimpleName() + ": " + e.getMessage(), -1);
        }
    }

    private QuerySyntaxException translate(ParseException wrapped) {
        Throwable cause = wrapped.getCause() != null ? wrapped.getCause() : wrapped;
        if (cause instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            Token bad = pe.currentToken.next;
            if (bad.kind == QueryParserConstants.EOF)
                // FastCharStream columns are 0-based character offsets
            return new QuerySyntaxException("unexpected end of query", query.length());
            // FastCharStream columns are 0-based character offsets
            return new QuerySyntaxException("unexpected '" + bad.image + "'", Math.max(0, bad.beginColumn));
        }
        if (cause instanceof PositionedParseException ppe)
            return new QuerySyntaxException(ppe.getMessage(), ppe.position);
        String message = wrapped.getMessage() == null ? "malformed query" : wrapped.getMessage();
        String prefix = "Cannot parse '" + query + "': ";
        if (message.startsWith(prefix)) message = message.substring(prefix.length());
        Matcher column = COLUMN.matcher(message);
        if (message.startsWith("Lexical error")) {
            int position = column.find() ? Integer.parseInt(column.group(1)) - 1 : -1;
            String reason = message.contains("<EOF>") ? "unexpected end of query (unclosed quote or escape?)"
                    : "invalid character";
            return new QuerySyntaxException(reason, Math.min(Math.max(position, 0), query.length()));
        }
        return new QuerySyntaxException(message, -1);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        checkField(field);
        if (DOUBLE_FIELDS.contains(field)) return DoublePoint.newExactQuery(field, parseDouble(field, queryText));
        if (INT_FIELDS.contains(field))
            return org.apache.lucene.document.IntPoint.newExactQuery(field, parseInt(field, queryText));
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        checkField(field);
        if (DOUBLE_FIELDS.contains(field)) {
            double low = part1 == null ? Double.NEGATIVE_INFINITY : parseDouble(field, part1);
            double high = part2 == null ? Double.POSITIVE_INFINITY : parseDouble(field, part2);
            if (!startInclusive && part1 != null) low = Math.nextUp(low);
            if (!endInclusive && part2 != null) high = Math.nextDown(high);
            return DoublePoint.newRangeQuery(field, low, high);
        }
        if (INT_FIELDS.contains(field)) {
            long low = part1 == null ? Integer.MIN_VALUE : parseInt(field, part1) + (startInclusive ? 0L : 1L);
            long high = part2 == null ? Integer.MAX_VALUE : parseInt(field, part2) - (endInclusive ? 0L : 1L);
            return org.apache.lucene.document.IntPoint.newRangeQuery(field, clampInt(low), clampInt(high));
        }
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        checkTermField(field, "prefix");
        return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if ("*".equals(field) && "*".equals(termStr)) return super.getWildcardQuery(field, termStr);
        checkTermField(field, "wildcard");
        return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        checkTermField(field, "fuzzy");
        return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        checkTermField(field, "regular expression");
        return super.getRegexpQuery(field, termStr);
    }

    private void checkTermField(String field, String what) throws ParseException {
        checkField(field);
        if (DOUBLE_FIELDS.contains(field) || INT_FIELDS.contains(field))
            throw positioned("numeric field '" + field + "' takes numbers or ranges, not a " + what + " query", field);
    }

    private void checkField(String field) throws ParseException {
        if (!KNOWN_FIELDS.contains(field))
            throw positioned("unknown field '" + field + "' (fields: " + String.join(", ", KNOWN_FIELDS) + ")", field);
    }

    private double parseDouble(String field, String text) throws ParseException {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isNaN(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw positioned("field '" + field + "' needs a number, not '" + text + "'", field);
        }
    }

    private int parseInt(String field, String text) throws ParseException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw positioned("field '" + field + "' needs a whole number, not '" + text + "'", field);
        }
    }

    private static int clampInt(long v) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /** An error placed at the first {@code field:} in the query (or unknown when absent). */
    private ParseException positioned(String message, String field) {
        return new PositionedParseException(message, query.indexOf(field + ":"));
    }

    private static java.util.SortedSet<String> knownFields() {
        java.util.SortedSet<String> all = new TreeSet<>();
        all.addAll(KEYWORD_FIELDS);
        all.addAll(DOUBLE_FIELDS);
        all.addAll(INT_FIELDS);
        all.addAll(TEXT_FIELDS);
        return java.util.Collections.unmodifiableSortedSet(all);
    }

    /** A semantic error with the position of the offending clause. */
    private static final class PositionedParseException extends ParseException {
        final int position;

        PositionedParseException(String message, int position) {
            super(message);
            this.position = position;
        }
    }
}
