package org.oncoev.corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exact hit counts and matching passage ids for queries over {@link GoldenCorpus}. */
class GoldenQueriesTest {
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

    static Stream<Arguments> strict() {
        return Stream.of(
                Arguments.of("\"median overall survival\"", "102,202,302"),
                Arguments.of("\"overall survival\"", "102,202,204,302"),
                Arguments.of("section:results \"overall survival\"", "102,103,202,203,204,302"),
                Arguments.of("+section:results +\"overall survival\"", "102,202,302"),
                Arguments.of("agent:sorafenib AND endpoint:OS", "102"),
                Arguments.of("agent:Sorafenib AND endpoint:os", "102"),
                Arguments.of("endpoint:OS", "102,202,302"),
                Arguments.of("cohort:[50 TO *]", "101,301"),
                Arguments.of("cohort:[* TO 50]", "201"),
                Arguments.of("cohort:164", "101"),
                Arguments.of("pvalue:[0 TO 0.001]", "102"),
                Arguments.of("pvalue:[0 TO 0.05}", "102,103,202"),
                Arguments.of("pvalue:{0.001 TO 0.05]", "103,202"),
                Arguments.of("hr:[* TO 1}", "102,202"),
                Arguments.of("hr:[0.7 TO 0.9]", "202"),
                Arguments.of("year:[2020 TO *]", "201,202,203,204"),
                Arguments.of("year:2019 AND type:p_value", "102,103"),
                Arguments.of("5-FU", "201"),
                Arguments.of("\"mg/m2\"", "201,301"),
                Arguments.of("mg\\/m2", "201,301"),
                Arguments.of("HR", "102,202,303"),
                Arguments.of("tace", "101"),
                Arguments.of("FOLFOX4", "201"),
                Arguments.of("0.001", "102"),
                Arguments.of("17.2", "102"),
                Arguments.of("gemcit*", "301"),
                Arguments.of("title:gemcitabine", "301,302,303"),
                Arguments.of("regimen:folfox4", "201"),
                Arguments.of("regimen:\"TACE plus sorafenib\"", "101"),
                Arguments.of("kind:table", "203"),
                Arguments.of("document:crc-folfox.txt -kind:references", "201,202,203"),
                Arguments.of("heading:survival", "102,103,302"),
                Arguments.of("survival NOT kind:references", "102,103,202,302"),
                Arguments.of("agent:(gemcitabine OR oxaliplatin)", "201,301,302"),
                Arguments.of("neutropenia~1", "203"),
                Arguments.of("document_id:3", "301,302,303"),
                Arguments.of("nivolumab", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strict")
    void strictQueriesFindExactlyThesePassages(String query, String expectedIds) throws Exception {
        assertEquals(expectedIds, ids(searcher.search(query, QueryMode.STRICT, 100, 0)));
    }

    static Stream<Arguments> simple() {
        return Stream.of(
                Arguments.of("overall survival", "102,202,204,302"),
                Arguments.of("\"median overall survival\"", "102,202,302"),
                Arguments.of("sorafenib -progression", "101,102,103"), // progression-free is one token
                Arguments.of("gemcit*", "301,302,303"),
                Arguments.of("agent:sorafenib AND", ""),
                Arguments.of("((( \"unclosed", ""),
                Arguments.of("mg/m2 | bevacizumab", "201,202,203,204,301"),
                Arguments.of("   ", "101,102,103,104,201,202,203,204,301,302,303"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("simple")
    void simpleQueriesNeverFail(String query, String expectedIds) throws Exception {
        assertEquals(expectedIds, ids(searcher.search(query, QueryMode.SIMPLE, 100, 0)));
    }

    /** Passage ids of all hits, sorted, comma-separated; checks that the total agrees. */
    static String ids(SearchResult result) {
        assertEquals(result.total(), result.hits().size(), "total vs hits");
        return result.hits().stream().map(h -> Long.toString(h.passageId())).sorted()
                .collect(java.util.stream.Collectors.joining(","));
    }
}
