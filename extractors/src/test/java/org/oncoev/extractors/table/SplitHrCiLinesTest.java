package org.oncoev.extractors.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Passage;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.hazard.HazardRatioExtractor;

/** One-cell-per-line tables under {@code HR (95% CI)} headers whose CI was printed on its own line, one cell to the right. */
class SplitHrCiLinesTest {
    private static final String INTRO = "The Cox models for both endpoints are given below, without and with adjustment for age.";

    static Stream<Arguments> tables() {
        return Stream.of(
                // a spanning "Crude / Adjusted" header line shifts the HR (95% CI) headers; each CI on its own line
                Arguments.of(String.join("\n", INTRO,
                        "GroupEndpointCrudec", "Adjustedd", "HR(95% CI)", "P", "aHR(95% CI)", "P", "Whole cohort",
                        "EFS", "1.42", "(1.10–1.83)", "0.007", "1.37", "(1.05–1.79)", "0.02",
                        "OS", "1.18", "(0.90–1.55)", "0.23", "1.12", "(0.84–1.49)", "0.44", ""),
                        List.of("1.12 (0.84-1.49)", "1.18 (0.9-1.55)", "1.37 (1.05-1.79)", "1.42 (1.1-1.83)")),
                // a bracketed pair that does not enclose the estimate is no CI of it
                Arguments.of(String.join("\n", INTRO,
                        "GroupEndpointCrudec", "Adjustedd", "HR(95% CI)", "P", "aHR(95% CI)", "P", "Whole cohort",
                        "EFS", "1.42", "(1.10–1.83)", "0.007", "1.37", "(1.05–1.79)", "0.02",
                        "OS", "1.18", "(0.90–1.55)", "0.23", "1.12", "(2.84–3.49)", "0.44", ""),
                        List.of("1.12 (null-null)", "1.18 (0.9-1.55)", "1.37 (1.05-1.79)", "1.42 (1.1-1.83)")));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void pairsTheEstimateWithTheBracketedCiOfTheNextCell(String text, List<String> expected) throws Exception {
        Passage table = TableExtractionTest.table(text);
        List<String> found = new HazardRatioExtractor().extract(table, ExtractionContext.empty()).stream()
                .filter(Finding::accepted).map(f -> (Fact.HazardRatio) f.fact())
                .map(h -> h.value() + " (" + h.ciLow() + "-" + h.ciHigh() + ")").sorted().collect(Collectors.toList());
        assertEquals(expected, found);
    }
}
