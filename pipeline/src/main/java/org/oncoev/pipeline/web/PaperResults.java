package org.oncoev.pipeline.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncoev.corpus.index.PassageSearcher.ScoredPassage;
import org.oncoev.corpus.index.QueryMode;
import org.oncoev.corpus.index.QuerySyntaxException;
import org.oncoev.corpus.index.SearchResult;
import org.oncoev.pipeline.export.PaperInfo;
import org.oncoev.pipeline.search.SearchIndex;
import org.oncoev.pipeline.search.SearchJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Search results grouped by paper: the matching passages (at most {@link #MAX_MATCHES}, best first) gathered per
 * document, papers ordered by relevance (their best passage's score) or by year (newest first, unknown years last,
 * then relevance), paged, each paper with its best passages as {@link SearchJson} hits. Also every matching
 * passage as flat rows for downloads ({@link #rows}). Thread-safe.
 */
@Component
public class PaperResults {
    /** Most matching passages gathered. */
    public static final int MAX_MATCHES = 10_000;
    /** Most passages shown per paper. */
    public static final int MAX_PASSAGES_PER_PAPER = 10;

    private final JdbcTemplate jdbc;
    private final SearchIndex index;

    public PaperResults(JdbcTemplate jdbc, SearchIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** A paper of the results: its document, best score and matching passages. */
    private record Paper(long documentId, float bestScore, List<ScoredPassage> passages) {}

    /**
     * One page of papers: {@code {"total_papers", "total_passages", "truncated", "sort", "limit", "offset",
     * "facets", "papers": [{"document_id", "document", "title", "year", "doi", "pmid", "score",
     * "matching_passages", "hits": [...]}]}}.
     */
    public Map<String, Object> page(String q, QueryMode mode, Map<String, String> filters, String sort, int limit,
                                    int offset, int perPaper) throws QuerySyntaxException {
        List<ScoredPassage> matches = index.searcher().scoredMatches(q, mode, filters, MAX_MATCHES);
        List<Paper> papers = group(matches);
        Map<Long, PaperInfo> info = PaperInfo.load(jdbc, papers.stream().map(Paper::documentId).toList());
        order(papers, info, sort);
        List<Paper> page = offset >= papers.size() ? List.of()
                : papers.subList(offset, (int) Math.min(papers.size(), (long) offset + limit));
        Map<Long, List<Map<String, Object>>> hitsByPaper = new LinkedHashMap<>();
        for (Paper p : page) {  // one small search per paper, so that each card gets its own best passages
            SearchResult best = index.searcher().searchInDocuments(q, mode, filters, List.of(p.documentId()), perPaper);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> hits = (List<Map<String, Object>>) SearchJson.toMap(best, perPaper, 0).get("hits");
            hitsByPaper.put(p.documentId(), hits);
        }
        Map<String, Map<String, Long>> facets = index.searcher().search(q, mode, 0, 0, filters).facets();
        List<Map<String, Object>> cards = new ArrayList<>();
        for (Paper p : page) {
            Map<String, Object> card = new LinkedHashMap<>();
            List<Map<String, Object>> hits = hitsByPaper.getOrDefault(p.documentId(), List.of());
            PaperInfo meta = info.getOrDefault(p.documentId(), PaperInfo.NONE);
            card.put("document_id", p.documentId());
            card.put("document", hits.isEmpty() ? null : hits.get(0).get("document"));
            card.put("title", meta.title());
            card.put("year", meta.year());
            card.put("doi", meta.doi());
            card.put("pmid", meta.pmid());
            card.put("score", Float.isFinite(p.bestScore()) ? (double) p.bestScore() : 0.0);
            card.put("matching_passages", p.passages().size());
            card.put("hits", hits);
            cards.add(card);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total_papers", papers.size());
        out.put("total_passages", matches.size());
        out.put("truncated", matches.size() >= MAX_MATCHES);
        out.put("sort", sort);
        out.put("limit", limit);
        out.put("offset", offset);
        out.put("facets", facets);
        out.put("papers", cards);
        return out;
    }

    /**
     * Every matching passage (best first, at most {@link #MAX_MATCHES}) as flat rows: {@code document_id,
     * document, title, year, doi, pmid, passage_id, score, link}.
     */
    public List<Map<String, Object>> rows(String q, QueryMode mode, Map<String, String> filters) throws QuerySyntaxException {
        List<ScoredPassage> matches = index.searcher().scoredMatches(q, mode, filters, MAX_MATCHES);
        Map<Long, PaperInfo> info = PaperInfo.load(jdbc, matches.stream().map(ScoredPassage::documentId).distinct().toList());
        Map<Long, String> names = new LinkedHashMap<>();
        if (!matches.isEmpty()) {
            jdbc.query("SELECT id, file_name FROM documents WHERE id = ANY (?)",
                    rs -> { names.put(rs.getLong("id"), rs.getString("file_name")); },
                    (Object) matches.stream().map(ScoredPassage::documentId).distinct().toArray(Long[]::new));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ScoredPassage m : matches) {
            PaperInfo meta = info.getOrDefault(m.documentId(), PaperInfo.NONE);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("document_id", m.documentId());
            row.put("document", names.get(m.documentId()));
            row.put("title", meta.title());
            row.put("year", meta.year());
            row.put("doi", meta.doi());
            row.put("pmid", meta.pmid());
            row.put("passage_id", m.passageId());
            row.put("score", Float.isFinite(m.score()) ? (double) m.score() : 0.0);
            row.put("link", "#doc/" + m.documentId() + "/p/" + m.passageId());
            rows.add(row);
        }
        return rows;
    }

    private static List<Paper> group(List<ScoredPassage> matches) {
        Map<Long, List<ScoredPassage>> byDocument = new LinkedHashMap<>();
        for (ScoredPassage m : matches) byDocument.computeIfAbsent(m.documentId(), k -> new ArrayList<>()).add(m);
        List<Paper> out = new ArrayList<>();
        for (Map.Entry<Long, List<ScoredPassage>> e : byDocument.entrySet()) {
            out.add(new Paper(e.getKey(), e.getValue().get(0).score(), e.getValue()));  // matches come best first
        }
        return out;
    }

    private static void order(List<Paper> papers, Map<Long, PaperInfo> info, String sort) {
        Comparator<Paper> relevance = Comparator.comparingDouble((Paper p) -> -p.bestScore()).thenComparingLong(Paper::documentId);
        if ("year".equals(sort)) {
            Comparator<Paper> year = Comparator.comparing((Paper p) -> info.getOrDefault(p.documentId(), PaperInfo.NONE).year(),
                    Comparator.nullsLast(Comparator.reverseOrder()));
            papers.sort(year.thenComparing(relevance));
        } else {
            papers.sort(relevance);
        }
    }
}
