package org.oncoev.pipeline.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oncoev.corpus.index.QuerySyntaxException;
import org.oncoev.pipeline.export.FactLines;
import org.oncoev.pipeline.export.FlatFacts;
import org.oncoev.pipeline.search.SearchJson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search/papers?q=&mode=&filter=&sort=relevance|year&limit=&offset=&passages=}: search results
 * grouped by paper ({@link PaperResults}); {@code limit} (papers per page) defaults to 10, at most
 * {@value #MAX_LIMIT}; {@code passages} (per paper) defaults to 3, at most
 * {@value PaperResults#MAX_PASSAGES_PER_PAPER}. {@code GET /api/search/download?format=csv|json&q=&mode=&filter=}:
 * every matching passage (best first) with its paper, as a CSV or JSON attachment. Bad parameters: 400.
 */
@RestController
public class PaperSearchController {
    /** Most papers per page. */
    public static final int MAX_LIMIT = 50;
    /** Deepest offset served (in papers). */
    public static final int MAX_OFFSET = 10_000;

    private final PaperResults papers;

    public PaperSearchController(PaperResults papers) {
        this.papers = papers;
    }

    @GetMapping(value = "/api/search/papers", produces = "application/json")
    public Map<String, Object> papers(@RequestParam(value = "q", defaultValue = "") String q,
                                      @RequestParam(value = "mode", defaultValue = "strict") String mode,
                                      @RequestParam(value = "filter", required = false) List<String> filter,
                                      @RequestParam(value = "sort", defaultValue = "relevance") String sort,
                                      @RequestParam(value = "limit", defaultValue = "10") String limit,
                                      @RequestParam(value = "offset", defaultValue = "0") String offset,
                                      @RequestParam(value = "passages", defaultValue = "3") String passages)
            throws QuerySyntaxException {
        String order = sort.strip().toLowerCase(Locale.ROOT);
        if (!order.equals("relevance") && !order.equals("year")) throw new BadRequestException("sort must be relevance or year");
        return papers.page(RequestParams.query(q), RequestParams.mode(mode), RequestParams.filters(filter), order,
                RequestParams.bounded("limit", limit, MAX_LIMIT), RequestParams.bounded("offset", offset, MAX_OFFSET),
                RequestParams.bounded("passages", passages, PaperResults.MAX_PASSAGES_PER_PAPER));
    }

    @GetMapping("/api/search/download")
    public ResponseEntity<String> download(@RequestParam(value = "format", defaultValue = "csv") String format,
                                           @RequestParam(value = "q", defaultValue = "") String q,
                                           @RequestParam(value = "mode", defaultValue = "strict") String mode,
                                           @RequestParam(value = "filter", required = false) List<String> filter)
            throws QuerySyntaxException {
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("csv") && !kind.equals("json")) throw new BadRequestException("format must be csv or json");
        List<Map<String, Object>> rows = papers.rows(RequestParams.query(q), RequestParams.mode(mode), RequestParams.filters(filter));
        String body;
        MediaType type;
        if (kind.equals("json")) {
            body = SearchJson.write(rows);
            type = MediaType.APPLICATION_JSON;
        } else {
            List<Object> header = new ArrayList<>(List.of("document_id", "document", "title", "year", "doi", "pmid",
                    "passage_id", "score", "link"));
            StringBuilder csv = new StringBuilder(FactLines.csvRecord(header));
            for (Map<String, Object> row : rows) {
                List<Object> cells = new ArrayList<>();
                for (Object column : header) cells.add(FlatFacts.cell(row.get((String) column)));
                csv.append(FactLines.csvRecord(cells));
            }
            body = csv.toString();
            type = new MediaType("text", "csv", StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"search-results." + kind + "\"").body(body);
    }
}
