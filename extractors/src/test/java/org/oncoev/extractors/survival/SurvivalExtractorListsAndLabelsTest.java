package org.oncoev.extractors.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.gold.EvidenceDocument;
import org.oncoev.extractors.gold.EvidenceExporter;

/**
 * Per-group rate lists, endpoints named after their values, numbers that are never survival values (p-values,
 * confidence levels) and arms named after the values or only by the document's labels.
 */
class SurvivalExtractorListsAndLabelsTest {

    private static final List<String> TWO_ARMS = List.of("cetuximab", "erlotinib plus cetuximab");

    static Stream<Arguments> facts() {
        return Stream.of(
                // plural "survivals" and one rate per group, each with its CI and group after it
                c("Three-year overall survivals were 88% (95% CI, 84-91) for the younger group; 71% (95% CI, 66-76) "
                        + "for the older group; 52% (95% CI, 45-58) for the frail group.",
                        "OS rate@36 88 ci 84-91", "OS rate@36 71 ci 66-76", "OS rate@36 52 ci 45-58"),
                c("Ten-year disease-specific survivals were 81% for node-negative tumours; 64% for node-positive "
                        + "tumours; 40% for metastatic tumours.",
                        "DSS rate@120 81", "DSS rate@120 64", "DSS rate@120 40"),
                // a continuation still stops at a non-survival outcome
                c("Two-year overall survivals were 80% for the whole cohort; the response rate was 45% for the same cohort.",
                        "OS rate@24 80"),
                // the endpoint after the values wins over the one before; three-arm chains
                c("Carriers of the variant lived longer than non-carriers or untested patients (9.1 vs. 2.2 vs. "
                        + "3.0 months, P < 0.001 for PFS; 25.4 vs. 12.0 vs. 7.7 months, P = 0.002 for OS).",
                        "PFS median 9.1 months", "PFS median 2.2 months", "PFS median 3 months",
                        "OS median 25.4 months", "OS median 12 months", "OS median 7.7 months"),
                c("The median OS was 20.1 months, and the medians were 8.2 vs 6.1 months for PFS.",
                        "OS median 20.1 months", "PFS median 8.2 months", "PFS median 6.1 months"),
                c("Survival was longer in the first cohort (11.5 vs 9.0 months, p=0.03 for OS).",
                        "OS median 11.5 months", "OS median 9 months"),
                // an endpoint after a follow-up time or a censoring share does not make them survival values
                c("The median follow-up was 30.5 months for OS.", new String[0]),
                c("Although many patients were still censored (47% for progression-free survival and 76% for "
                        + "overall survival), the curves separated early.", new String[0]),
                // p-values and confidence levels are never survival values
                c("The median PFS did not differ by histology (3.1 vs. 3.3 months in the control arm for squamous "
                        + "tumours, P = 0.71; 1.5 vs. 2.9 months in the control arm for other tumours, P = 0.42).",
                        "PFS median 3.1 months", "PFS median 3.3 months", "PFS median 1.5 months", "PFS median 2.9 months"),
                c("The median OS and PFS were estimated by the Kaplan-Meier method with 95% CIs.", new String[0]),
                c("PFS (months) Median (95%, CI) 4.1 (3.0-5.2) 3.6 (2.2-5.0) 0.81 OS (months) Median (95%, CI) "
                        + "12.2 (10.1-14.3)", new String[0]),
                c("The median OS did not differ between the arms (p < 0.38 for the log-rank test).", new String[0]),
                c("The 1-year OS rate was 64% (95% CI, 55-72).", "OS rate@12 64 ci 55-72"));
    }

    @ParameterizedTest
    @MethodSource("facts")
    void readsListsAndSkipsNonValues(String sentence, List<String> expected) {
        assertEquals(expected, SurvivalTestSupport.facts(sentence), sentence);
    }

    static Stream<Arguments> arms() {
        return Stream.of(
                // arms named after each value pair
                c("The median PFS and OS were 3.0 months and 15.5 months in erlotinib plus cetuximab and 2.6 months "
                        + "and 12.9 months in cetuximab.", "erlotinib plus cetuximab", "erlotinib plus cetuximab",
                        "cetuximab", "cetuximab"),
                // a label inside a longer label is not a second arm
                c("The PFS rate at 3 months was 35.1% in the erlotinib plus cetuximab compared to 46.0% in the "
                        + "cetuximab alone.", "erlotinib plus cetuximab", "cetuximab"),
                // "A vs B months in <arm> alone": the first value is the other arm's; the subgroup qualifies both
                c("Adding erlotinib did not prolong PFS in patients with KRAS mutations (4.4 vs. 4.0 months in "
                        + "cetuximab alone, P = 0.52).", "erlotinib plus cetuximab, KRAS mutations", "cetuximab, KRAS mutations"),
                c("Neither was PFS longer for squamous tumours (2.1 vs. 2.5 months in cetuximab alone for squamous, P = 0.61).",
                        "erlotinib plus cetuximab, squamous", "cetuximab, squamous"),
                // one arm named twice around a list is not the list of its groups' arms
                c("Compared with cetuximab alone, erlotinib plus cetuximab gave a median PFS of 5.0 vs. 3.9 months "
                        + "in cetuximab alone, with cetuximab toxicity unchanged.", "erlotinib plus cetuximab", "cetuximab"));
    }

    @ParameterizedTest
    @MethodSource("arms")
    void attachesArmsNamedAfterValues(String sentence, List<String> expectedArms) {
        List<String> got = SurvivalTestSupport.extract(sentence, TWO_ARMS).stream().filter(Finding::accepted)
                .map(Finding::arm).toList();
        assertEquals(expectedArms, got, sentence);
    }

    static Stream<Arguments> groupQualifiers() {
        return Stream.of(
                c("Five-year overall survivals were 90% for the low-grade group, no surgery; 90% for the low-grade "
                        + "group with surgery; 70% for the high-grade group, no surgery.",
                        "low-grade, no surgery", "low-grade with surgery", "high-grade, no surgery"),
                c("The 2-year OS was 75% in the elderly group.", "elderly"),
                c("The 2-year OS was 75% in the elderly group with comorbidity.", "elderly with comorbidity"),
                // a qualifier that does not end the clause is not part of the arm
                c("The 2-year OS was 75% in the elderly group with a median age of 78 years.", "elderly"));
    }

    @ParameterizedTest
    @MethodSource("groupQualifiers")
    void keepsGroupQualifiersInArms(String sentence, List<String> expectedArms) {
        List<String> got = SurvivalTestSupport.extract(sentence).stream().filter(Finding::accepted)
                .map(Finding::arm).toList();
        assertEquals(expectedArms, got, sentence);
    }

    @Test
    void contextLabelsMatchWholeWordsOnly() {
        List<Finding> found = SurvivalTestSupport.extract(
                "Three-year OS was 81.5% after CRT vs. 77% after RT.", List.of("RT", "CRT"));
        assertEquals(List.of("CRT", "RT"), found.stream().map(Finding::arm).toList());
    }

    @Test
    void sameValueForDifferentArmsStaysDistinctFacts() {
        String text = "The median PFS and OS were 2.5 months and 14.0 months in erlotinib plus cetuximab and 2.9 months "
                + "and 13.0 months in cetuximab. PFS was not longer in patients with wild-type KRAS (1.1 vs. 2.5 months "
                + "in cetuximab alone, P = 0.80). Patients with mutant, wild-type or unknown KRAS had a median PFS of "
                + "8.0 vs. 2.0 vs. 2.5 months.";
        List<Finding> found = SurvivalTestSupport.extract(text, TWO_ARMS);
        EvidenceDocument doc = new EvidenceExporter().export("x.txt", found);
        List<String> arms25 = doc.survival().stream()
                .filter(s -> s.endpoint().equals("PFS") && Math.abs(s.value() - 2.5) < 1e-9)
                .map(EvidenceDocument.Survival::arm).toList();
        assertEquals(List.of("erlotinib plus cetuximab", "cetuximab, wild-type KRAS"), arms25);
        assertEquals(9, found.stream().filter(Finding::accepted).count());
        assertEquals("PFS median 8 months", SurvivalTestSupport.render((Fact.Survival) found.get(6).fact()));
    }

    private static Arguments c(String sentence, String... expected) {
        return Arguments.of(sentence, Arrays.asList(expected));
    }
}
