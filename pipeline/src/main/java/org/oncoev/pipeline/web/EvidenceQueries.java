package org.oncoev.pipeline.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oncoev.corpus.index.PassageSearcher;
import org.oncoev.corpus.index.QueryMode;
import org.oncoev.corpus.index.QuerySyntaxException;
import org.oncoev.corpus.index.SearchResult;
import org.oncoev.pipeline.export.FlatFacts;
import org.oncoev.pipeline.export.PaperInfo;
import org.oncoev.pipeline.export.StoredFinding;
import org.oncoev.pipeline.export.StoredFindings;
import org.oncoev.pipeline.search.SearchIndex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The evidence view's data: the accepted findings of the latest extraction runs that sit in passages matching a
 * search (query and facet filters as {@code /api/search} reads them; a blank query with no filter selects every
 * finding), optionally of one evidence type, as {@link EvidenceRows}, sorted and paged, with the facets of the
 * matching passages. An {@code endpoint} filter also keeps, of the survival and hazard-ratio rows, only those of that
 * endpoint ({@link #ofEndpoint}), so that a PFS forest plot holds no OS hazard ratio stated in the same passage.
 * At most {@link #MAX_PASSAGES} matching passages are gathered ({@code truncated} tells).
 * Thread-safe.
 */
@Component
public class EvidenceQueries {
    /** Most matching passages whose evidence is gathered. */
    public static final int MAX_PASSAGES = 50_000;
    /** Evidence type names accepted by {@code type}. */
    public static final List<String> TYPES = List.of("cohort", "survival", "p_value", "hazard_ratio", "dose");

    private final JdbcTemplate jdbc;
    private final SearchIndex index;

    public EvidenceQueries(JdbcTemplate jdbc, SearchIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /**
     * Whether a row stays under an {@code endpoint:X} filter: a survival or hazard-ratio row only when its own endpoint is
     * {@code X} (a hazard ratio of another or an unknown endpoint in a passage that also names X is left out); rows of
     * other types, which have no endpoint, stay.
     */
    static boolean ofEndpoint(Map<String, Object> row, String endpoint) {
        Object type = row.get("type");
        if (!"survival".equals(type) && !"hazard_ratio".equals(type)) return true;
        return endpoint.equalsIgnoreCase(String.valueOf(row.get("endpoint")));
    }

    /**
     * One page of rows: {@code {"total", "limit", "offset", "sort", "truncated", "columns", "facets", "passages",
     * "rows"}}; {@code facets} and {@code passages} count the matching passages, {@code total} the rows.
     */
    public Map<String, Object> page(String q, QueryMode mode, Map<String, String> filters, String type, String sort,
                                    int limit, int offset) throws QuerySyntaxException {
        if (type != null && !TYPES.contains(type)) throw new BadRequestException("type must be one of " + String.join(", ", TYPES));
        boolean everything = q.isBlank() && filters.isEmpty();
        QueryMode effective = q.isBlank() ? QueryMode.SIMPLE : mode;  // a blank query matches all passages
        List<StoredFinding> findings;
        boolean truncated = false;
        if (everything) {
            findings = new StoredFindings(jdbc).latest(false);
        } else {
            List<PassageSearcher.ScoredPassage> matches = index.searcher().scoredMatches(q, effective, filters, MAX_PASSAGES);
            truncated = matches.size() >= MAX_PASSAGES;
            Set<Long> wanted = new HashSet<>();
            Set<Long> documentSet = new LinkedHashSet<>();
            for (PassageSearcher.ScoredPassage m : matches) {
                wanted.add(m.passageId());
                documentSet.add(m.documentId());
            }
            List<Long> documents = new ArrayList<>(documentSet);
            findings = new ArrayList<>();
            for (StoredFinding f : new StoredFindings(jdbc).latestOf(documents)) {
                if (f.passageId() != null && wanted.contains(f.passageId())) findings.add(f);
            }
        }
        List<Map<String, Object>> rows = EvidenceRows.of(findings, PaperInfo.load(jdbc));
        if (type != null) rows.removeIf(r -> !type.equals(r.get("type")));
        String endpoint = filters.get("endpoint");
        if (endpoint != null && !endpoint.isBlank()) rows.removeIf(r -> !ofEndpoint(r, endpoint.strip()));
        EvidenceRows.sort(rows, sort);
        SearchResult facets = index.searcher().search(q, effective, 0, 0, filters);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", rows.size());
        out.put("limit", limit);
        out.put("offset", offset);
        out.put("sort", sort == null ? "" : sort);
        out.put("truncated", truncated);
        out.put("columns", FlatFacts.COLUMNS);
        out.put("facets", facets.facets());
        out.put("passages", facets.total());
        int end = (int) Math.min(rows.size(), (long) offset + limit);
        out.put("rows", offset >= rows.size() ? List.of() : rows.subList(offset, end));
        return out;
    }
}
