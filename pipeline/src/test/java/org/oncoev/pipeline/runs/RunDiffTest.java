package org.oncoev.pipeline.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.extractors.gold.EvidenceDocument;

/** Pairing of facts between two runs, and page starts recovered from stored passages. */
class RunDiffTest {
    private static EvidenceDocument doc(List<EvidenceDocument.Survival> survival, List<EvidenceDocument.HazardRatio> hrs,
                                        List<EvidenceDocument.Cohort> cohorts) {
        return new EvidenceDocument("p.txt", cohorts, survival, List.of(), hrs, List.of());
    }

    private static EvidenceDocument.Survival os(double months, Double low, Double high, String arm) {
        return new EvidenceDocument.Survival("OS", "median", months, null, "months", null, low, high, arm, "q");
    }

    static Stream<Arguments> cases() {
        var hr = new EvidenceDocument.HazardRatio(0.7, 0.5, 0.9, null, "HR 0.7");
        var hrOtherCi = new EvidenceDocument.HazardRatio(0.7, 0.55, 0.92, null, "HR 0.7");
        var hrOtherQuote = new EvidenceDocument.HazardRatio(0.7, 0.5, 0.9, null, "hazard ratio 0.7");
        var c60 = new EvidenceDocument.Cohort(60, null, "60 patients");
        var c30 = new EvidenceDocument.Cohort(30, "arm A", "30 patients");
        return Stream.of(
                // name, before, after, added, removed, changed
                Arguments.of("identical", doc(List.of(os(12, 10.0, 14.0, "A")), List.of(hr), List.of(c60)),
                        doc(List.of(os(12, 10.0, 14.0, "A")), List.of(hr), List.of(c60)), 0, 0, 0),
                Arguments.of("quote only differs", doc(List.of(), List.of(hr), List.of()),
                        doc(List.of(), List.of(hrOtherQuote), List.of()), 0, 0, 0),
                Arguments.of("survival CI dropped", doc(List.of(os(12, 10.0, 14.0, "A")), List.of(), List.of()),
                        doc(List.of(os(12, null, null, "A")), List.of(), List.of()), 0, 0, 1),
                Arguments.of("survival arm changed", doc(List.of(os(12, null, null, "A")), List.of(), List.of()),
                        doc(List.of(os(12, null, null, "B")), List.of(), List.of()), 0, 0, 1),
                Arguments.of("HR CI changed pairs by value", doc(List.of(), List.of(hr), List.of()),
                        doc(List.of(), List.of(hrOtherCi), List.of()), 0, 0, 1),
                Arguments.of("cohort added", doc(List.of(), List.of(), List.of(c60)),
                        doc(List.of(), List.of(), List.of(c60, c30)), 1, 0, 0),
                Arguments.of("median value changed is remove + add", doc(List.of(os(12, null, null, null)), List.of(), List.of()),
                        doc(List.of(os(13, null, null, null)), List.of(), List.of()), 1, 1, 0),
                Arguments.of("everything removed", doc(List.of(os(12, null, null, null)), List.of(hr), List.of(c60)),
                        doc(List.of(), List.of(), List.of()), 0, 3, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pairsFacts(String name, EvidenceDocument before, EvidenceDocument after, int added, int removed, int changed) {
        RunDiff.DocumentDiff d = RunDiff.diff("p.txt", "/c/p.txt", true, true, FactEntry.of(before), FactEntry.of(after));
        assertEquals(added, d.added().size(), "added");
        assertEquals(removed, d.removed().size(), "removed");
        assertEquals(changed, d.changed().size(), "changed");
    }

    private static StoredDocumentTexts.StoredPassage p(int ordinal, int start, Integer page) {
        return new StoredDocumentTexts.StoredPassage(ordinal, ordinal, start, start + 5, page, "text.");
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of(null, List.of(p(0, 0, null)), null),
                Arguments.of(2, List.of(p(0, 0, 1), p(1, 40, 1), p(2, 90, 2)), new int[] {0, 90}),
                Arguments.of(3, List.of(p(0, 3, 1), p(1, 200, 3)), new int[] {3, 199, 200}),
                Arguments.of(2, List.of(p(0, 10, 1)), new int[] {10, Integer.MAX_VALUE / 2 - 1}));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void recoversPageStarts(Integer pages, List<StoredDocumentTexts.StoredPassage> stored, int[] expected) {
        int[] starts = StoredDocumentTexts.pageStarts(pages, stored);
        if (expected == null) assertNull(starts);
        else assertArrayEquals(expected, starts);
    }
}
