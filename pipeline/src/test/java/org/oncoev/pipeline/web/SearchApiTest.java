package org.oncoev.pipeline.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.corpus.index.IndexedPassage;
import org.oncoev.corpus.index.PassageIndexWriter;
import org.oncoev.pipeline.search.SearchIndex;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** {@code /api/search}: 200 answers with hits and facets, 400 with a message for bad queries and parameters. */
class SearchApiTest {
    @TempDir
    static Path home;
    static SearchIndex index;
    static MockMvc mvc;

    /** Three passages written for the test. */
    static final List<IndexedPassage> PASSAGES = List.of(
            new IndexedPassage(11, 1, "liver.md", "Sorafenib in liver cancer", 2020, null, "Results", "results", "body", 4,
                    120, 230, "Median overall survival was 10.7 months with sorafenib (HR 0.69; P < 0.001).",
                    List.of("sorafenib"), List.of(), List.of("OS"), List.of("survival", "hazard_ratio", "p_value"),
                    List.of(602.0), List.of(0.001), List.of(0.69)),
            new IndexedPassage(12, 1, "liver.md", "Sorafenib in liver cancer", 2020, null, "Methods", "methods", "body", 2,
                    40, 100, "Patients took sorafenib 400 mg twice daily.",
                    List.of("sorafenib"), List.of(), List.of(), List.of("dose"), List.of(602.0), List.of(), List.of()),
            new IndexedPassage(21, 2, "colon.txt", "FOLFOX in colon cancer", 2018, "Example Cancer Letters", null, "abstract", "abstract", 0,
                    0, 90, "In 48 patients, FOLFOX4 with 5-FU 400 mg/m2 gave a median overall survival of 19 months.",
                    List.of("oxaliplatin"), List.of("FOLFOX4"), List.of("OS"), List.of("cohort", "survival"),
                    List.of(48.0), List.of(), List.of()).withIdentifiers("10.9999/ecl.2018.4", "99000004", List.of("NCT01234568")));

    @BeforeAll
    static void setUp() throws Exception {
        try (PassageIndexWriter writer = PassageIndexWriter.open(SearchIndex.indexDir(home))) {
            writer.replaceDocument(1, PASSAGES.subList(0, 2));
            writer.replaceDocument(2, PASSAGES.subList(2, 3));
            writer.commit();
        }
        index = new SearchIndex(home.toString(), null);
        mvc = MockMvcBuilders.standaloneSetup(new SearchController(index)).setControllerAdvice(new ApiErrors()).build();
    }

    @AfterAll
    static void tearDown() throws Exception {
        index.close();
    }

    @Test
    void answersHitsWithOffsetsSnippetsAndFacets() throws Exception {
        mvc.perform(get("/api/search").param("q", "agent:sorafenib AND endpoint:OS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].document").value("liver.md"))
                .andExpect(jsonPath("$.hits[0].section").value("Results"))
                .andExpect(jsonPath("$.hits[0].passage_id").value(11))
                .andExpect(jsonPath("$.hits[0].char_start").value(120))
                .andExpect(jsonPath("$.hits[0].char_end").value(230))
                .andExpect(jsonPath("$.hits[0].snippet", Matchers.containsString("P &lt; 0.001")))
                .andExpect(jsonPath("$.hits[0].evidence.hr[0]").value("0.69"))
                .andExpect(jsonPath("$.facets.endpoint.OS").value(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pvalue:[0 TO 0.001]|strict|1",
            "cohort:[50 TO *]|strict|2",
            "\"overall survival\"|strict|2",
            "\"mg/m2\" AND 5-FU|strict|1",
            "overall survival|simple|2",
            "overall AND (|simple|0",
            "sorafenib|simple|2"})
    void countsMatches(String q, String mode, int total) throws Exception {
        mvc.perform(get("/api/search").param("q", q).param("mode", mode))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(total));
    }

    @Test
    void filtersByFacetValues() throws Exception {
        mvc.perform(get("/api/search").param("q", "survival").param("mode", "simple").param("filter", "year:2018"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].document").value("colon.txt"));
    }

    /** Journal and year work as query fields, as filters and as facets. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "journal:\"Example Cancer Letters\"||1",
            "*:*|journal:example cancer letters|1",
            "year:[2019 TO *]||2",
            "*:*|year:[2019 TO *]|2",
            "*:*|year:[* TO 2018]|1"})
    void filtersAndFacetsByJournalAndYear(String q, String filter, int total) throws Exception {
        var request = get("/api/search").param("q", q);
        if (filter != null) request = request.param("filter", filter);
        mvc.perform(request).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(total));
    }

    /** A hit names its paper: journal, year, DOI (with its link) and PMID; null where the paper has none. */
    @Test
    void hitsCarryJournalYearDoiAndPmid() throws Exception {
        mvc.perform(get("/api/search").param("q", "trial:NCT01234568"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].journal").value("Example Cancer Letters"))
                .andExpect(jsonPath("$.hits[0].year").value(2018))
                .andExpect(jsonPath("$.hits[0].doi").value("10.9999/ecl.2018.4"))
                .andExpect(jsonPath("$.hits[0].doi_url").value("https://doi.org/10.9999/ecl.2018.4"))
                .andExpect(jsonPath("$.hits[0].pmid").value("99000004"));
        mvc.perform(get("/api/search").param("q", "doi:\"10.9999/ECL.2018.4\" OR pmid:99000004"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/search").param("q", "agent:sorafenib AND endpoint:OS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].journal").doesNotExist())
                .andExpect(jsonPath("$.hits[0].doi_url").doesNotExist());
    }

    @Test
    void journalIsAFacet() throws Exception {
        mvc.perform(get("/api/search").param("q", "*:*"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facets.journal['Example Cancer Letters']").value(1))
                .andExpect(jsonPath("$.facets.year['2020']").value(2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "q=agent:sorafenib AND|bad query: unexpected end of query at position 19",
            "q=agnet:x|bad query: unknown field 'agnet'",
            "q=x&mode=fuzzy|mode must be strict or simple",
            "q=x&limit=ten|limit must be a non-negative whole number",
            "q=x&offset=-1|offset must be a non-negative whole number",
            "q=x&filter=nocolon|filter must be field:value",
            "q=x&filter=text:x|bad query: cannot filter on field 'text'"})
    void refusesBadRequestsWith400(String params, String error) throws Exception {
        var request = get("/api/search");
        for (String pair : params.split("&")) {
            int eq = pair.indexOf('=');
            request.param(pair.substring(0, eq), pair.substring(eq + 1));
        }
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", Matchers.startsWith(error)));
    }

    @Test
    void capsLimitAndRefusesOversizedQueries() throws Exception {
        mvc.perform(get("/api/search").param("q", "*:*").param("limit", "100000"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.limit").value(100))
                .andExpect(jsonPath("$.hits.length()").value(3));
        mvc.perform(get("/api/search").param("q", "a".repeat(2001)))
                .andExpect(status().isBadRequest());
    }
}
