package org.oncoev.pipeline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oncoev.corpus.index.QuerySyntaxException;
import org.oncoev.pipeline.export.FactLines;
import org.oncoev.pipeline.export.FlatFacts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/evidence?q=&mode=simple|strict&type=&filter=field:value&sort=[-]key&limit=&offset=}: one row per
 * fact across the papers, as {@link EvidenceQueries} selects them; {@code {"total": N, "rows": [...], ...}}.
 * {@code GET /api/evidence.csv} with the same parameters (no paging) downloads every selected row as the
 * {@code export --format csv} columns plus {@code link}. {@code limit} defaults to 50 and is capped at
 * {@value #MAX_LIMIT}; bad parameters answer 400 as {@code /api/search} does.
 */
@RestController
public class EvidenceController {
    /** Most rows per page. */
    public static final int MAX_LIMIT = 1000;
    /** Deepest offset served. */
    public static final int MAX_OFFSET = 1_000_000;

    private final EvidenceQueries evidence;

    public EvidenceController(EvidenceQueries evidence) {
        this.evidence = evidence;
    }

    @GetMapping(value = "/api/evidence", produces = "application/json")
    public Map<String, Object> evidence(@RequestParam(value = "q", defaultValue = "") String q,
                                        @RequestParam(value = "mode", defaultValue = "simple") String mode,
                                        @RequestParam(value = "type", required = false) String type,
                                        @RequestParam(value = "filter", required = false) List<String> filter,
                                        @RequestParam(value = "sort", defaultValue = "") String sort,
                                        @RequestParam(value = "limit", defaultValue = "50") String limit,
                                        @RequestParam(value = "offset", defaultValue = "0") String offset)
            throws QuerySyntaxException {
        return evidence.page(RequestParams.query(q), RequestParams.mode(mode), RequestParams.filters(filter), type(type), sort.strip(),
                Math.min(SearchController.intParam("limit", limit), MAX_LIMIT),
                Math.min(SearchController.intParam("offset", offset), MAX_OFFSET));
    }

    @GetMapping(value = "/api/evidence.csv")
    public ResponseEntity<String> csv(@RequestParam(value = "q", defaultValue = "") String q,
                                      @RequestParam(value = "mode", defaultValue = "simple") String mode,
                                      @RequestParam(value = "type", required = false) String type,
                                      @RequestParam(value = "filter", required = false) List<String> filter,
                                      @RequestParam(value = "sort", defaultValue = "") String sort)
            throws QuerySyntaxException {
        Map<String, Object> all = evidence.page(RequestParams.query(q), RequestParams.mode(mode), RequestParams.filters(filter), type(type), sort.strip(),
                Integer.MAX_VALUE, 0);
        List<Object> header = new ArrayList<>(FlatFacts.COLUMNS);
        header.add("link");
        StringBuilder out = new StringBuilder(FactLines.csvRecord(header));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) all.get("rows");
        for (Map<String, Object> row : rows) {
            List<Object> cells = new ArrayList<>();
            for (Object column : header) cells.add(FlatFacts.cell(row.get((String) column)));
            out.append(FactLines.csvRecord(cells));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evidence.csv\"")
                .body(out.toString());
    }

    private static String type(String type) {
        return type == null || type.isBlank() ? null : type.strip().toLowerCase(Locale.ROOT);
    }
}
