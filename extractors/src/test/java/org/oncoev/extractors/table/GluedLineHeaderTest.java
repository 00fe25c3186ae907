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

/**
 * One-cell-per-line tables whose whole header was glued into one line (and onto the first group label), so the
 * reader keeps it as a single header cell of one column: the columns' meaning is read from the data under it.
 */
class GluedLineHeaderTest {
    private static final String INTRO = "The subgroup estimates for both endpoints are listed in the table below, by marker group.";

    static Stream<Arguments> tables() {
        return Stream.of(
                // two endpoints, each an HR and its CI in two columns, group labels on rows of their own
                Arguments.of(String.join("\n", INTRO, "Table 2Subgroup estimates by marker group",
                        "Marker levelnPFS HR95% CIOS HR95% CIGroup one", "", "", "", "", "",
                        "Low", "24", "0.62", "0.30–1.28", "0.71", "0.35–1.44",
                        "High", "57", "0.48", "0.29–0.80", "0.93", "0.55–1.57",
                        "Group two", "", "", "", "", "",
                        "Low", "31", "1.12", "0.55–2.28", "1.30", "0.61–2.77", ""),
                        List.of("0.48 (0.29-0.8)", "0.62 (0.3-1.28)", "0.71 (0.35-1.44)", "0.93 (0.55-1.57)",
                                "1.12 (0.55-2.28)", "1.3 (0.61-2.77)")),
                // no HR named in the header: the estimate and range columns are no hazard ratios
                Arguments.of(String.join("\n", INTRO, "Table 3Marker levels by group",
                        "Marker levelnMean95% CIGroup one", "", "", "",
                        "Low", "24", "0.62", "0.30–1.28",
                        "High", "57", "0.48", "0.29–0.80", ""),
                        List.of()));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void readsHazardRatiosUnderAHeaderGluedIntoOneCell(String text, List<String> expected) throws Exception {
        Passage table = TableExtractionTest.table(text);
        List<String> found = new HazardRatioExtractor().extract(table, ExtractionContext.empty()).stream()
                .filter(Finding::accepted).map(f -> (Fact.HazardRatio) f.fact())
                .map(h -> h.value() + " (" + h.ciLow() + "-" + h.ciHigh() + ")").sorted().collect(Collectors.toList());
        assertEquals(expected, found);
    }
}
