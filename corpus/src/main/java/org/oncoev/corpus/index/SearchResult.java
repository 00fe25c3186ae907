package org.oncoev.corpus.index;

import java.util.List;
import java.util.Map;

/**
 * A page of search results: {@code total} matching passages (exact), the requested page of {@code hits} in
 * score order, and {@code facets}: for each dimension in {@link IndexFields#FACETS} its most frequent values
 * over all matching passages with their passage counts, most frequent first (at most
 * {@link PassageSearcher#MAX_FACET_VALUES} values per dimension). When {@code facetsSampled} is true there were
 * more than {@link PassageSearcher#FACET_SAMPLE_SIZE} matches and the facet counts are estimates from a random
 * sample of them (scaled to the total); otherwise they are exact.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets,
                           boolean facetsSampled) {
    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** A result with exact facet counts. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
        this(total, hits, facets, false);
    }
}
