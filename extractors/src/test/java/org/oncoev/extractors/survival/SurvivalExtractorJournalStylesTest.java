package org.oncoev.extractors.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.extractors.Finding;

/**
 * How different journals print survival (Lancet/NEJM brackets, JCO abbreviations, BMC/PLOS plus-minus errors,
 * spelled-out time points, endpoint-by-arm lists, failure- and metastasis-free survival), written for the project.
 */
class SurvivalExtractorJournalStylesTest {

    static Stream<Arguments> found() {
        return Stream.of(
                c("Median overall survival was 15.9 months [95% CI 13.4-18.1] vs 11.2 months [9.6-13.0].",
                        "OS median 15.9 months ci 13.4-18.1", "OS median 11.2 months ci 9.6-13"),
                c("Median OS was 21.3 months (18.0-24.9) with the triplet and 17.1 months (15.2-19.4) with the doublet.",
                        "OS median 21.3 months ci 18-24.9", "OS median 17.1 months ci 15.2-19.4"),
                c("5-year OS: 72% vs 65%.", "OS rate@60 72", "OS rate@60 65"),
                c("OS at 24 months was 45.1% (95% CI, 40.2-50.0).", "OS rate@24 45.1 ci 40.2-50"),
                c("The median PFS (mPFS) was 6.9 mo in the experimental arm.", "PFS median 6.9 months"),
                c("Median OS was not reached vs 18.0 months in the control group.", "OS median 18 months"),
                c("The 3-yr DFS was 78.5% in the adjuvant cohort.", "DFS rate@36 78.5"),
                c("The estimated 5-year survival was 82.3% \u00b1 3.1%.", "OS rate@60 82.3"),
                c("Ten-year overall survival was 48% in both arms.", "OS rate@120 48"),
                c("Two-year and three-year PFS rates were 55% and 41%.", "PFS rate@24 55", "PFS rate@36 41"),
                c("For a low index, the 5-year OS and DSS rates were 58% and 77%, compared with 69% "
                        + "and 85% for a high index.",
                        "OS rate@60 58", "DSS rate@60 77", "OS rate@60 69", "DSS rate@60 85"),
                c("Median PFS and OS were 7.2 and 15.0 months versus 5.1 and 12.4 months.",
                        "PFS median 7.2 months", "OS median 15 months", "PFS median 5.1 months", "OS median 12.4 months"),
                c("The 5-year PFS rate was 77%, and the DMFS rate was 83%.", "PFS rate@60 77"),
                c("Median failure-free survival was 19 months, and the 2-year FFS rate was 40%.",
                        "EFS median 19 months", "EFS rate@24 40"),
                c("The 2-year locoregional control rate was 90.5%.", "LC rate@24 90.5"),
                c("Five-year melanoma-specific survival was 81%.", "CSS rate@60 81"),
                c("Untreated patients have a median survival of between 6 and 9 months.", "OS median 6-9 months"),
                c("Median OS ranged from 7 months to 11 months across the cited series.", "OS median 7-11 months"),
                c("Median survival ranged from 10 to 14 months in earlier trials.", "OS median 10-14 months"),
                c("The median RFS in the two groups were 1.52 years (1.01-2.20) and 0.81 years (0.50-1.12), respectively.",
                        "RFS median 1.52 years ci 1.01-2.2", "RFS median 0.81 years ci 0.5-1.12"),
                c("The drug raised median OS compared with placebo from 4.1 months to 5.6 months.",
                        "OS median 4.1 months", "OS median 5.6 months"),
                c("The 2-year OS was 71% in Arm A and 66% in Arm B. The 2-year PFS was 52% in Arm A and 47% in Arm B.",
                        "OS rate@24 71", "OS rate@24 66", "PFS rate@24 52", "PFS rate@24 47"));
    }

    static Stream<Arguments> notFound() {
        return Stream.of(
                c("After adjustment, >10% weight loss remained associated with worse OS (HR 1.6)."),
                c("Overall survival differed by weight loss (\u2a7d5% weight loss HR 1.2; >10% weight loss HR 2.0)."),
                c("The absolute difference in 2-year OS was 4.1% (95% CI -2.0% to 10.2%)."),
                c("At 10 years the estimated absolute gain in cancer-specific survival was 2.70%."),
                c("The 3-year distant metastasis-free survival was 84.0%."),
                c("Median metastasis-free survival (MFS) was 36.6 months."),
                c("The 3-year PFS was reported earlier; the 3-year LRFS-like TFFS rate was 61%."),
                c("The trial extended median survival from 9 months by a further 3 months."));
    }

    static Stream<Arguments> armed() {
        return Stream.of(
                c("The median PFS was 17.0 months (95% CI, 9.1 to 20.2 months) for the concurrent regimen.",
                        "concurrent regimen"),
                c("Median OS was 40.5 and 29.7 months in the concurrent and sequential regimen groups, respectively.",
                        "concurrent regimen", "sequential regimen"),
                c("The 1-, 2-, and 3-year DFS rates were 70.2%, 61.0%, and 55.3% for Arm A and 68.1%, 60.4%, and 51.0% for Arm B. "
                        + "The 1-, 2-, and 3-year OS rates were 80.0%, 75.5%, and 70.1% for Arm A and 79.9%, 73.0%, and 66.4% for Arm B.",
                        "Arm A", "Arm A", "Arm A", "Arm B", "Arm B", "Arm B", "Arm A", "Arm A", "Arm A", "Arm B", "Arm B", "Arm B"));
    }

    @ParameterizedTest
    @MethodSource("found")
    void readsJournalStyles(String sentence, List<String> expected) {
        assertEquals(expected, SurvivalTestSupport.facts(sentence), sentence);
    }

    @ParameterizedTest
    @MethodSource("notFound")
    void ignoresThresholdsDifferencesAndOtherEndpoints(String sentence, List<String> expected) {
        assertEquals(expected, SurvivalTestSupport.facts(sentence), sentence);
    }

    @ParameterizedTest
    @MethodSource("armed")
    void namesArmsAfterCiAndSharedHeads(String sentence, List<String> arms) {
        // document-level labels, as the arm detector would supply them for a paper with two lettered arms
        assertEquals(arms, SurvivalTestSupport.extract(sentence, List.of("Arm A", "Arm B")).stream().filter(Finding::accepted)
                .map(Finding::arm).toList(), sentence);
    }

    private static Arguments c(String sentence, String... facts) {
        return Arguments.of(sentence, Arrays.asList(facts));
    }
}
