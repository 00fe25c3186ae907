package org.oncoev.pipeline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.extractors.gold.EvidenceDocument;

/** The examples printed after an ingest: one fact of each type first, numbers without trailing zeros, quotes cut. */
class EvidenceSummaryTest {
    private static final EvidenceDocument.Cohort COHORT = new EvidenceDocument.Cohort(96, null, "96 patients were randomized");
    private static final EvidenceDocument.Survival MEDIAN = new EvidenceDocument.Survival("OS", "median", 15.3, null, "months",
            null, 12.0, 18.6, "ATRA plus FOLFOX4", "median OS was 15.3 months (95% CI, 12.0-18.6)");
    private static final EvidenceDocument.Survival RATE = new EvidenceDocument.Survival("DFS", "rate", 64.1, null, "%",
            36.0, null, null, null, "The 3-year DFS rate was 64.1%");
    private static final EvidenceDocument.HazardRatio HR = new EvidenceDocument.HazardRatio(0.62, 0.45, 0.86, null,
            "HR = 0.62, 95% CI: 0.45-0.86");
    private static final EvidenceDocument.Dose DOSE = new EvidenceDocument.Dose("oxaliplatin", 85, null, "mg/m2", "IV",
            "day 1", null, "oxaliplatin 85 mg/m2 IV on day 1 of a regimen that is described in a long sentence here");
    private static final EvidenceDocument.PValue P = new EvidenceDocument.PValue("<", 0.001, 3, "text");

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of(new EvidenceDocument("a.md", List.of(COHORT), List.of(MEDIAN, RATE), List.of(P), List.of(HR), List.of(DOSE)),
                        List.of("cohort 96  \"96 patients were randomized\"",
                                "median OS 15.3 months (95% CI 12-18.6) [ATRA plus FOLFOX4]  \"median OS was 15.3 months (95% CI, 12.0-18.6)\"",
                                "HR 0.62 (95% CI 0.45-0.86)  \"HR = 0.62, 95% CI: 0.45-0.86\"",
                                "dose oxaliplatin 85 mg/m2 IV  \"oxaliplatin 85 mg/m2 IV on day 1 of a regimen that is described in ...\"")),
                Arguments.of(new EvidenceDocument("b.md", List.of(), List.of(RATE, MEDIAN), List.of(P), List.of(), List.of()),
                        List.of("DFS rate 64.1% at 36 months  \"The 3-year DFS rate was 64.1%\"",
                                "p < 0.001 (x3)",
                                "median OS 15.3 months (95% CI 12-18.6) [ATRA plus FOLFOX4]  \"median OS was 15.3 months (95% CI, 12.0-18.6)\"")),
                Arguments.of(new EvidenceDocument("c.md", List.of(), List.of(), List.of(), List.of(), List.of()), List.of()));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void examplesShowOneFactOfEachTypeFirst(EvidenceDocument doc, List<String> expected) {
        assertEquals(expected, EvidenceSummary.examples(doc));
    }
}
