package org.oncoev.pipeline.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncoev.corpus.index.SearchHit;
import org.oncoev.corpus.index.SearchResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON shape of search results shared by {@code search --json} and {@code GET /api/search}:
 * {@code {"total": N, "limit": L, "offset": O, "hits": [{"document", "document_id", "title", "year", "journal", "doi",
 * "doi_url", "pmid", "section",
 * "section_kind", "passage_kind", "passage_id", "char_start", "char_end", "score", "snippet", "evidence"}],
 * "facets": {dimension: {value: count}}}}. Snippets are HTML-safe with {@code <mark>} around matches.
 */
public final class SearchJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SearchJson() {}

    /** The result as ordered maps and lists (for Jackson or Spring MVC). */
    public static Map<String, Object> toMap(SearchResult result, int limit, int offset) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", result.total());
        out.put("limit", limit);
        out.put("offset", offset);
        out.put("hits", result.hits().stream().map(SearchJson::hit).toList());
        out.put("facets", result.facets());
        out.put("facets_sampled", result.facetsSampled());
        return out;
    }

    /** The result as a JSON string. */
    public static String toJson(SearchResult result, int limit, int offset) {
        return MAPPER.writeValueAsString(toMap(result, limit, offset));
    }

    /** Any value as JSON (for error bodies). */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    private static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("document", h.document());
        out.put("document_id", h.documentId());
        out.put("title", h.title());
        out.put("year", h.year());
        out.put("journal", h.journal());
        out.put("doi", h.doi());
        out.put("doi_url", h.doiUrl());
        out.put("pmid", h.pmid());
        out.put("section", h.section());
        out.put("section_kind", h.sectionKind());
        out.put("passage_kind", h.passageKind());
        out.put("passage_id", h.passageId());
        out.put("char_start", h.charStart());
        out.put("char_end", h.charEnd());
        out.put("score", Float.isFinite(h.score()) ? (double) h.score() : 0.0);
        out.put("snippet", h.snippet());
        out.put("evidence", h.evidence());
        return out;
    }

    /**
     * Where a hit's paper was published, for plain output: {@code Journal (2016) · PMID 123 · https://doi.org/10.x/y};
     * the parts that are known, empty when none is.
     */
    public static String sourceLine(SearchHit h) {
        List<String> parts = new java.util.ArrayList<>();
        String journal = h.journal() == null ? "" : h.journal().strip();
        if (!journal.isEmpty() || h.year() != null) {
            parts.add((journal + (h.year() == null ? "" : (journal.isEmpty() ? "" : " ") + "(" + h.year() + ")")).strip());
        }
        if (h.pmid() != null && !h.pmid().isBlank()) parts.add("PMID " + h.pmid().strip());
        if (h.doiUrl() != null) parts.add(h.doiUrl());
        return String.join(" \u00b7 ", parts);
    }

    /** Plain text of an HTML-safe snippet, with matches shown as {@code «...»}. */
    public static String plainSnippet(String snippet) {
        String text = snippet.replace("<mark>", "«").replace("</mark>", "»");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int semi = c == '&' ? text.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 8) {
                String entity = text.substring(i + 1, semi);
                String decoded = decode(entity);
                if (decoded != null) {
                    out.append(decoded);
                    i = semi;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String decode(String entity) {
        switch (entity) {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "quot": return "\"";
            case "apos": return "'";
            default: break;
        }
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X"))
                return new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
            if (entity.startsWith("#")) return new String(Character.toChars(Integer.parseInt(entity.substring(1))));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    /** Facet lines for plain output, e.g. {@code agent: sorafenib (3), gemcitabine (1)}. */
    public static List<String> facetLines(SearchResult result) {
        return result.facets().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + ": " + String.join(", ", e.getValue().entrySet().stream()
                        .map(v -> v.getKey() + " (" + v.getValue() + ")").toList()))
                .toList();
    }
}
