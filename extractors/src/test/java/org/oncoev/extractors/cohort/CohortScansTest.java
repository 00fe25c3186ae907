package org.oncoev.extractors.cohort;

import static org.oncoev.extractors.text.ScanAgreement.assertAgrees;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncoev.extractors.text.StartChars;

/** The cohort regexes tried only at their possible starts find what a full scan finds. */
class CohortScansTest {
    private static final List<String> EXTRA = List.of(
            "Parameter Arm A ( n =63) Arm B ( n =62) Total ( n =125) P Age (%) n = 7",
            "Surgery alone UFT/LV P-value n = 89 n = 88 Low n = 4 High n = 5 Q1 n = 3",
            "A total of 90 (44: drug A, 46: drug B) were randomised; 12,345 participants and 1 251 volunteers.",
            "Patients were stratified into 30 low, 20 high and 10 other patients; comprising 55 men.",
            "aged 40 patients; will be 12 more patients; 3 to 5 patients; 7/9 patients; -4 patients; N = 45 patients",
            "one hundred and twelve thousand, and three patients; 2\u00a0000 cases, 1\u2009500 cases, 17-year-old 8 children");

    @Test
    void nounCounts() {
        assertAgrees(CohortExtractor.NOUN_COUNT, CountStarts.FIRST,
                () -> new CountStarts(CohortExtractor.NOUN_WORDS), EXTRA);
    }

    @Test
    void elidedCounts() {
        assertAgrees(CohortExtractor.ELIDED, ElidedStarts.FIRST, () -> ElidedStarts::mayStart, EXTRA);
        assertAgrees(CohortExtractor.ELIDED_COHORT, ElidedStarts.FIRST, () -> ElidedStarts::mayStart, EXTRA);
    }

    @Test
    void lists() {
        assertAgrees(CohortLists.POPULATION_CUE, CohortLists.CUE_STARTS, () -> CohortLists::cueMayStart, EXTRA);
        assertAgrees(CohortLists.ARM_BREAKDOWN, CohortLists.DIGITS, () -> CohortLists::numberMayStart, EXTRA);
        assertAgrees(CohortLists.SPLIT_HEADER, StartChars.any(), () -> (s, i) -> {
            boolean[] starts = CohortLists.headerStarts(s.toString());
            return starts != null && starts[i];
        }, EXTRA);
    }

    @Test
    void beforeWindows() {
        assertAgrees(CohortCues.BEFORE_NEGATIVE, CohortCues.NEGATIVE_STARTS, () -> CohortCues::negativeMayStart, EXTRA);
        assertAgrees(CohortCues.BEFORE_VERB, CohortCues.VERB_STARTS, () -> CohortCues::verbMayStart, EXTRA);
        assertAgrees(CohortCues.BEFORE_TOTAL, CohortCues.TOTAL_STARTS, () -> CohortCues::totalMayStart, EXTRA);
    }
}
