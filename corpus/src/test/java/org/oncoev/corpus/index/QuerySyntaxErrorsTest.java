package org.oncoev.corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed strict queries: a one-line reason and the position of the problem. */
class QuerySyntaxErrorsTest {
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

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("agent:sorafenib AND", "unexpected end of query", 19),
                Arguments.of("(overall survival", "unexpected end of query", 17),
                Arguments.of("overall AND OR survival", "unexpected 'OR'", 12),
                Arguments.of("overall survival)", "unexpected ')'", 16),
                Arguments.of("\"unclosed phrase", "unexpected end of query", 16),
                Arguments.of("median \"os", "unexpected end of query", 10),
                Arguments.of("survival \\", "unexpected end of query", 10),
                Arguments.of("cohort:[50 TO many]", "field 'cohort' needs a number", 0),
                Arguments.of("median AND year:recent", "field 'year' needs a whole number", 11),
                Arguments.of("agnet:sorafenib", "unknown field 'agnet'", 0),
                Arguments.of("pvalue:0.0*", "numeric field 'pvalue' takes numbers or ranges", 0),
                Arguments.of("*survival", "'*' or '?' not allowed as first character", -1),
                Arguments.of("", "empty query", 0),
                Arguments.of("x".repeat(2001), "query longer than 2000 characters", 2000));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsReasonAndPosition(String query, String reasonStart, int position) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> searcher.search(query, QueryMode.STRICT, 10, 0));
        assertTrue(e.reason().startsWith(reasonStart), e.getMessage());
        assertEquals(position, e.position(), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void simpleModeAnswersTheSameInputWithoutError(String query) throws QuerySyntaxException {
        SearchResult result = searcher.search(query, QueryMode.SIMPLE, 10, 0);
        assertTrue(result.total() >= 0 && result.hits().size() <= 10);
    }
}
