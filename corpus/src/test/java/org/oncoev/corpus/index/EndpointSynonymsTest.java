package org.oncoev.corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Endpoint names and their abbreviations find each other, in strict and simple mode, over passages written here. */
class EndpointSynonymsTest {
    private static final List<String> TEXTS = List.of(
            "The median OS was 14.1 months in the combination arm.",                       // 1
            "Median survival was 9.3 months with best supportive care.",                    // 2
            "Median overall survival reached 20.4 months after resection.",                 // 3
            "Overall survival at two years was 61% in both groups.",                        // 4
            "Median progression-free survival was 6.2 months (HR 0.71; 95% CI 0.55-0.92).", // 5
            "The mPFS was 4.8 months and the hazard ratio for death was 0.80.",             // 6
            "Survival curves were compared with the log-rank test.");                       // 7

    @TempDir
    static Path dir;
    static PassageSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        List<IndexedPassage> passages = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            String t = TEXTS.get(i);
            passages.add(new IndexedPassage(i + 1, 1, "synonyms.md", "Endpoint wording", null, null, null, "results",
                    "body", i, i * 100, i * 100 + t.length(), t, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of()));
        }
        try (PassageIndexWriter writer = PassageIndexWriter.open(dir)) {
            writer.replaceDocument(1, passages);
            writer.commit();
        }
        searcher = PassageSearcher.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("\"median overall survival\"", "1,2,3"),
                Arguments.of("\"median OS\"", "1,2,3"),
                Arguments.of("\"overall survival\"", "1,3,4"),
                Arguments.of("OS", "1,3,4"),
                Arguments.of("\"progression-free survival\"", "5"),
                Arguments.of("PFS", "5"),
                Arguments.of("\"median PFS\"", "5,6"),
                Arguments.of("\"hazard ratio\"", "5,6"),
                Arguments.of("HR", "5,6"),
                Arguments.of("\"log-rank\"", "7"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void strictQueriesExpandEndpointNames(String query, String expected) throws Exception {
        assertEquals(expected, ids(searcher.search(query, QueryMode.STRICT, 20, 0)), query);
    }

    @ParameterizedTest(name = "simple {0}")
    @MethodSource("queries")
    void simpleQueriesExpandEndpointNamesToo(String query, String expected) throws Exception {
        assertEquals(expected, ids(searcher.search(query, QueryMode.SIMPLE, 20, 0)), query);
    }

    private static String ids(SearchResult result) {
        TreeSet<Long> ids = new TreeSet<>();
        for (SearchHit h : result.hits()) ids.add(h.passageId());
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
