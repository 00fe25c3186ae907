package org.oncoev.pipeline.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncoev.corpus.index.PassageSearcher;
import org.oncoev.corpus.index.QueryMode;
import org.oncoev.corpus.index.QuerySyntaxException;
import org.oncoev.corpus.index.SearchResult;
import org.oncoev.pipeline.search.SearchIndex;
import org.oncoev.pipeline.search.SearchJson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search?q=&mode=strict|simple&limit=&offset=&filter=field:value...}: passages as
 * {@link SearchJson} describes; each {@code filter} (at most {@value #MAX_FILTERS}) restricts the hits to a
 * facet value, e.g. {@code filter=agent:sorafenib}.
 * Malformed queries (strict mode) and bad parameters answer 400 with {@code {"error", "position"}}; {@code limit}
 * is capped at {@value PassageSearcher#MAX_LIMIT}, {@code offset} at {@value PassageSearcher#MAX_OFFSET}, and
 * queries longer than {@value #MAX_QUERY_CHARS} characters are refused.
 */
@RestController
public class SearchController {
    /** Longest {@code q} accepted (longer: 400). */
    public static final int MAX_QUERY_CHARS = 2000;
    /** Most {@code filter} parameters accepted. */
    public static final int MAX_FILTERS = 10;

    private final SearchIndex index;

    public SearchController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping(value = "/api/search", produces = "application/json")
    public Map<String, Object> search(@RequestParam(value = "q", defaultValue = "") String q,
                                      @RequestParam(value = "mode", defaultValue = "strict") String mode,
                                      @RequestParam(value = "limit", defaultValue = "10") String limit,
                                      @RequestParam(value = "offset", defaultValue = "0") String offset,
                                      @RequestParam(value = "filter", required = false) List<String> filter)
            throws QuerySyntaxException {
        if (q.length() > MAX_QUERY_CHARS)
            throw new BadRequestException("query longer than " + MAX_QUERY_CHARS + " characters");
        QueryMode queryMode = switch (mode.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "strict" -> QueryMode.STRICT;
            case "simple" -> QueryMode.SIMPLE;
            default -> throw new BadRequestException("mode must be strict or simple");
        };
        int pageSize = Math.min(intParam("limit", limit), PassageSearcher.MAX_LIMIT);
        int from = Math.min(intParam("offset", offset), PassageSearcher.MAX_OFFSET);
        SearchResult result = index.searcher().search(q, queryMode, pageSize, from, filters(filter));
        return SearchJson.toMap(result, pageSize, from);
    }

    private static Map<String, String> filters(List<String> raw) {
        if (raw == null || raw.isEmpty()) return Map.of();
        if (raw.size() > MAX_FILTERS) throw new BadRequestException("at most " + MAX_FILTERS + " filters");
        Map<String, String> filters = new LinkedHashMap<>();
        for (String f : raw) {
            int colon = f.indexOf(':');
            if (colon <= 0 || f.length() > 300) throw new BadRequestException("filter must be field:value");
            filters.put(f.substring(0, colon).strip(), f.substring(colon + 1).strip());
        }
        return filters;
    }

    /** A non-negative whole number; anything else is a 400. */
    static int intParam(String name, String value) {
        try {
            int v = Integer.parseInt(value.strip());
            if (v < 0) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a non-negative whole number");
        }
    }
}
