package org.oncoev.corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exact totals, exact or sampled facets, paging and reader refresh over an index with more matches than
 * {@link PassageSearcher#FACET_SAMPLE_SIZE}.
 */
class LargeResultSetsTest {
    static final String[] AGENTS = {"sorafenib", "lenvatinib", "cisplatin", "gemcitabine"};
    static final int DOCUMENTS = 300;
    static final int PER_DOCUMENT = 40;
    static final int PASSAGES = DOCUMENTS * PER_DOCUMENT;

    @TempDir
    static Path dir;
    static PassageSearcher searcher;
    /** Same index, facets sampled down to about {@link #SAMPLE} matches. */
    static PassageSearcher sampling;
    static final int SAMPLE = 1_000;

    @BeforeAll
    static void index() throws IOException {
        try (PassageIndexWriter writer = PassageIndexWriter.open(dir)) {
            for (int d = 0; d < DOCUMENTS; d++) writer.replaceDocument(d + 1, document(d));
            writer.commit();
        }
        searcher = PassageSearcher.open(dir);
        sampling = PassageSearcher.open(dir, SAMPLE);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
        sampling.close();
    }

    /** Passage i: agent i % 4; every 20th also reports grade 3 neutropenia (so those are all sorafenib). */
    static List<IndexedPassage> document(int d) {
        List<IndexedPassage> out = new ArrayList<>();
        for (int k = 0; k < PER_DOCUMENT; k++) {
            int i = d * PER_DOCUMENT + k;
            String agent = AGENTS[i % AGENTS.length];
            String text = "Median overall survival was " + (6 + i % 30) + ".4 months with " + agent
                    + (i % 20 == 0 ? "; grade 3 neutropenia occurred in 12% of patients." : ".");
            out.add(new IndexedPassage(i + 1L, d + 1L, "paper-" + d + ".txt", "Trial " + d, 2010 + d % 10,
                    "Test Oncol", "Results", "results", "body", k, k * 120, k * 120 + text.length(), text,
                    List.of(agent), List.of(), List.of("OS"), List.of("survival"), List.of(), List.of(), List.of()));
        }
        return out;
    }

    static Stream<Arguments> exactFacetQueries() {
        return Stream.of(
                Arguments.of("neutropenia", PASSAGES / 20, Map.of("sorafenib", (long) PASSAGES / 20)),
                Arguments.of("agent:lenvatinib", PASSAGES / 4, Map.of("lenvatinib", (long) PASSAGES / 4)),
                Arguments.of("agent:cisplatin OR agent:gemcitabine", PASSAGES / 2,
                        Map.of("cisplatin", (long) PASSAGES / 4, "gemcitabine", (long) PASSAGES / 4)));
    }

    @ParameterizedTest
    @MethodSource("exactFacetQueries")
    void upToTheSampleSizeFacetsAreExact(String query, int total, Map<String, Long> agents) throws Exception {
        SearchResult r = searcher.search(query, QueryMode.STRICT, 10, 0);
        assertEquals(total, r.total());
        assertFalse(r.facetsSampled());
        assertEquals(agents, r.facets().get("agent"));
    }

    @ParameterizedTest
    @MethodSource("broadQueries")
    void aSampleThatDrawsEveryMatchGivesExactUnflaggedCounts(String query) throws Exception {
        SearchResult r = searcher.search(query, QueryMode.STRICT, 10, 0);
        assertEquals(PASSAGES, r.total());
        assertFalse(r.facetsSampled());
        for (String agent : AGENTS) assertEquals(PASSAGES / AGENTS.length, r.facets().get("agent").get(agent));
    }

    @Test
    void belowItsSampleSizeTheSamplingSearcherCountsExactly() throws Exception {
        SearchResult r = sampling.search("neutropenia", QueryMode.STRICT, 10, 0);
        assertEquals(PASSAGES / 20, r.total());
        assertFalse(r.facetsSampled());
        assertEquals(Map.of("sorafenib", (long) PASSAGES / 20), r.facets().get("agent"));
    }

    @ParameterizedTest
    @MethodSource("broadQueries")
    void beyondTheSampleSizeFacetsAreScaledEstimatesAndTheTotalStaysExact(String query) throws Exception {
        SearchResult r = sampling.search(query, QueryMode.STRICT, 10, 0);
        assertEquals(PASSAGES, r.total());
        assertTrue(r.facetsSampled());
        Map<String, Long> agents = r.facets().get("agent");
        assertEquals(AGENTS.length, agents.size());
        for (long estimate : agents.values()) {
            long exact = PASSAGES / AGENTS.length;
            assertTrue(Math.abs(estimate - exact) <= exact / 5, "estimate " + estimate + " vs " + exact);
        }
        // a value every match holds is estimated at (nearly) the total and never above it
        long os = r.facets().get("endpoint").get("OS");
        assertTrue(os <= PASSAGES && os >= PASSAGES * 9 / 10, "OS " + os);
    }

    static Stream<String> broadQueries() {
        return Stream.of("\"median overall survival\"", "\"median OS\"", "endpoint:OS", "*:*");
    }

    @Test
    void samplingIsRepeatable() throws Exception {
        SearchResult a = sampling.search("overall", QueryMode.STRICT, 10, 0);
        SearchResult b = sampling.search("overall", QueryMode.STRICT, 10, 0);
        assertTrue(a.facetsSampled());
        assertEquals(a.facets(), b.facets());
    }

    @Test
    void deeperPagesContinueTheFirstPage() throws Exception {
        List<Long> first20 = searcher.search("neutropenia OR lenvatinib", QueryMode.STRICT, 20, 0).hits().stream()
                .map(SearchHit::passageId).toList();
        List<Long> second10 = searcher.search("neutropenia OR lenvatinib", QueryMode.STRICT, 10, 10).hits().stream()
                .map(SearchHit::passageId).toList();
        assertEquals(20, first20.size());
        assertEquals(first20.subList(10, 20), second10);
    }

    @Test
    void aCommitInThisJvmIsSeenByTheNextSearch() throws Exception {
        assertEquals(0, searcher.search("hepatotoxicity", QueryMode.STRICT, 10, 0).total());
        String text = "Grade 3 hepatotoxicity led to discontinuation of sorafenib in 4 patients.";
        try (PassageIndexWriter writer = PassageIndexWriter.open(dir)) {
            writer.replaceDocument(9_999, List.of(new IndexedPassage(999_999L, 9_999L, "late.txt", null, null, null,
                    null, "results", "body", 0, 0, text.length(), text, List.of("sorafenib"), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of())));
            writer.commit();
            assertEquals(1, searcher.search("hepatotoxicity", QueryMode.STRICT, 10, 0).total());
            writer.replaceDocument(9_999, List.of());
            writer.commit();
        }
        assertEquals(0, searcher.search("hepatotoxicity", QueryMode.STRICT, 10, 0).total());
    }
}
