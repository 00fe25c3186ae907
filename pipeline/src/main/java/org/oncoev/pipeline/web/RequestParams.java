package org.oncoev.pipeline.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oncoev.corpus.index.QueryMode;

/**
 * Query, mode and facet filter parameters read as {@code /api/search} reads them, for the evidence and paper
 * views: a bad value is a {@link BadRequestException} (400).
 */
final class RequestParams {
    private RequestParams() {}

    /** {@code q}, refused when longer than {@link SearchController#MAX_QUERY_CHARS}. */
    static String query(String q) {
        if (q.length() > SearchController.MAX_QUERY_CHARS)
            throw new BadRequestException("query longer than " + SearchController.MAX_QUERY_CHARS + " characters");
        return q;
    }

    /** {@code strict} or {@code simple}, any case. */
    static QueryMode mode(String mode) {
        return switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "strict" -> QueryMode.STRICT;
            case "simple" -> QueryMode.SIMPLE;
            default -> throw new BadRequestException("mode must be strict or simple");
        };
    }

    /** {@code field:value} filters, at most {@link SearchController#MAX_FILTERS}. */
    static Map<String, String> filters(List<String> raw) {
        if (raw == null || raw.isEmpty()) return Map.of();
        if (raw.size() > SearchController.MAX_FILTERS)
            throw new BadRequestException("at most " + SearchController.MAX_FILTERS + " filters");
        Map<String, String> filters = new LinkedHashMap<>();
        for (String f : raw) {
            int colon = f.indexOf(':');
            if (colon <= 0 || f.length() > 300) throw new BadRequestException("filter must be field:value");
            filters.put(f.substring(0, colon).strip(), f.substring(colon + 1).strip());
        }
        return filters;
    }

    /** A non-negative whole number no larger than {@code max} (larger values are lowered to it). */
    static int bounded(String name, String value, int max) {
        return Math.min(SearchController.intParam(name, value), max);
    }
}
