package org.oncoev.corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paging, facets, snippets and hit fields over {@link GoldenCorpus}. */
class SearchResultContentTest {
    @TempDir
    static Path dir;
    static PassageSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        GoldenCorpus.write(dir);
        searcher = PassageSearcher.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    @Test
    void pagesDoNotOverlapAndKeepTheTotal() throws Exception {
        List<Long> seen = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            SearchResult page = searcher.search("survival", QueryMode.STRICT, 2, offset);
            assertEquals(5, page.total());
            page.hits().forEach(h -> seen.add(h.passageId()));
        }
        assertEquals(5, seen.size());
        assertEquals(5, new HashSet<>(seen).size());
    }

    @Test
    void limitAndOffsetAreCapped() throws Exception {
        assertEquals(11, searcher.search("*:*", QueryMode.STRICT, 1_000_000, -5).hits().size());
        assertEquals(0, searcher.search("*:*", QueryMode.STRICT, 10, Integer.MAX_VALUE).hits().size());
        SearchResult countOnly = searcher.search("*:*", QueryMode.STRICT, 0, 0);
        assertEquals(11, countOnly.total());
        assertEquals(0, countOnly.hits().size());
    }

    @Test
    void facetsCountEveryMatch() throws Exception {
        Map<String, Map<String, Long>> facets = searcher.search("endpoint:OS", QueryMode.STRICT, 1, 0).facets();
        assertEquals(List.of("agent", "endpoint", "type", "year", "journal", "section"), List.copyOf(facets.keySet()));
        assertEquals(Map.of("sorafenib", 1L, "bevacizumab", 1L, "gemcitabine", 1L), facets.get("agent"));
        assertEquals(Map.of("OS", 3L, "ORR", 1L), facets.get("endpoint"));
        assertEquals(Map.of("survival", 3L, "hazard_ratio", 2L, "p_value", 2L), facets.get("type"));
        assertEquals(Map.of("2019", 1L, "2021", 1L), facets.get("year"));
        assertEquals(Map.of("Example Journal", 2L), facets.get("journal"), "kept as written");
        assertEquals(Map.of("results", 3L), facets.get("section"));
        assertEquals(List.of("OS", "ORR"), List.copyOf(facets.get("endpoint").keySet()), "most frequent first");
    }

    @Test
    void noMatchesGiveEmptyFacets() throws Exception {
        SearchResult none = searcher.search("nivolumab", QueryMode.STRICT, 10, 0);
        assertEquals(0, none.total());
        none.facets().values().forEach(values -> assertTrue(values.isEmpty()));
    }

    @Test
    void hitCarriesDocumentSectionOffsetsAndEvidence() throws Exception {
        SearchHit hit = searcher.search("agent:sorafenib AND endpoint:OS", QueryMode.STRICT, 5, 0).hits().get(0);
        IndexedPassage source = GoldenCorpus.PASSAGES.get(1);
        assertEquals("hcc-sorafenib.md", hit.document());
        assertEquals(1, hit.documentId());
        assertEquals("3.2. Survival outcomes", hit.section());
        assertEquals("results", hit.sectionKind());
        assertEquals("body", hit.passageKind());
        assertEquals(102, hit.passageId());
        assertEquals(source.charStart(), hit.charStart());
        assertEquals(source.charEnd(), hit.charEnd());
        assertEquals(2019, hit.year());
        assertEquals(List.of("OS"), hit.evidence().get("endpoint"));
        assertEquals(List.of("0.001"), hit.evidence().get("pvalue"));
        assertEquals(List.of("0.62"), hit.evidence().get("hr"));
        assertTrue(hit.score() > 0);
    }

    @Test
    void snippetMarksMatchesAndEscapesHtml() throws Exception {
        SearchHit hit = searcher.search("\"overall survival\" AND hr:0.62", QueryMode.STRICT, 5, 0).hits().get(0);
        assertTrue(hit.snippet().contains("<mark>overall</mark> <mark>survival</mark>")
                || hit.snippet().contains("<mark>overall survival</mark>"), hit.snippet());
        assertTrue(hit.snippet().contains("P &lt; 0.001"), hit.snippet());
    }

    @Test
    void passageFoundByEvidenceOnlyGetsItsOpeningAsSnippet() throws Exception {
        SearchHit hit = searcher.search("cohort:212", QueryMode.STRICT, 5, 0).hits().get(0);
        assertTrue(hit.snippet().startsWith("Overall, 212 patients"), hit.snippet());
        assertTrue(!hit.snippet().contains("<mark>"), hit.snippet());
    }

    /** Journal and year filters over all 11 passages: 8 in documents with a journal and a year (2019: 4, 2021: 4). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "journal|Example Journal|8",
            "journal|example journal|8",
            "journal|Other Journal|0",
            "year|2019|4",
            "year|[2020 TO *]|4",
            "year|[* TO 2019]|4",
            "year|[2019 TO 2021]|8",
            "year|[2022 TO *]|0"})
    void journalAndYearFacetsFilter(String field, String value, long total) throws Exception {
        assertEquals(total, searcher.search("*:*", QueryMode.STRICT, 0, 0, Map.of(field, value)).total());
    }

    @Test
    void badYearRangeIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(QuerySyntaxException.class,
                () -> searcher.search("x", QueryMode.SIMPLE, 10, 0, Map.of("year", "[2015 TO later]")));
    }

    @Test
    void facetFiltersNarrowAnyQuery() throws Exception {
        SearchResult filtered = searcher.search("survival", QueryMode.SIMPLE, 10, 0,
                Map.of("agent", "Sorafenib", "year", "2019"));
        assertEquals(2, filtered.total());
        assertEquals(Map.of("sorafenib", 2L), filtered.facets().get("agent"));
        assertEquals(3, searcher.search("", QueryMode.SIMPLE, 10, 0, Map.of("section", "abstract")).total());
        org.junit.jupiter.api.Assertions.assertThrows(QuerySyntaxException.class,
                () -> searcher.search("x", QueryMode.SIMPLE, 10, 0, Map.of("text", "x")));
        org.junit.jupiter.api.Assertions.assertThrows(QuerySyntaxException.class,
                () -> searcher.search("x", QueryMode.SIMPLE, 10, 0, Map.of("year", "recent")));
    }
}
