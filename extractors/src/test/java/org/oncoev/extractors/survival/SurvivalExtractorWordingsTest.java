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
 * Ways papers write survival figures that need more than an endpoint followed by a value: time points written
 * elsewhere (alive at, a rate before its time, after randomization, the sentence before), ranges and changes
 * written with from/to, open intervals, abbreviated units, endpoint aliases of the Rulings, one value for both arms
 * and pairs compared group by group. Sentences written for the project.
 */
class SurvivalExtractorWordingsTest {

    static Stream<Arguments> found() {
        return Stream.of(
                // time point written after "alive", or as an adjective after the rate
                c("Overall, 31% of patients were alive at 2 years.", "OS rate@24 31"),
                c("Median OS was 15.1 months and 61.4% (95% CI: 47.2 - 75.6) of those treated were alive at 1-year.",
                        "OS median 15.1 months", "OS rate@12 61.4 ci 47.2-75.6"),
                c("Of the 33 patients, 12 were alive at 5 years (36%).", "OS rate@60 36"),
                c("In all, 22 (41%) patients were alive and progression-free at 12 months.", "PFS rate@12 41"),
                c("Patients with a complete response have an 86% 5-year survival rate.", "OS rate@60 86"),
                c("The regimen achieved a 35% 3-year EFS in this setting.", "EFS rate@36 35"),
                c("At 8 years after randomization the estimated disease-free survival was 61% in one group versus 52% in the other.",
                        "DFS rate@96 61", "DFS rate@96 52"),
                // time point from the sentence just before, when this one clearly continues it
                c("The 5-year DFS was 70% in the weekly and 68% in the standard group. OS did not differ between groups "
                        + "(80% in the weekly and 79% in the standard group, P = 0.7).",
                        "DFS rate@60 70", "DFS rate@60 68", "OS rate@60 80", "OS rate@60 79"),
                // the endpoint of the sentence before, for a restated comparison of medians
                c("Median OS was shorter in the marker-positive group (7.1 months versus 10.4 months; P = 0.01). The same "
                        + "held with the second antibody (7.5 months versus 10.9 months; P = 0.04).",
                        "OS median 7.1 months", "OS median 10.4 months", "OS median 7.5 months", "OS median 10.9 months"),
                c("Median OS was 12.8 months. The median follow-up was 30 months versus 32 months in the two arms.",
                        "OS median 12.8 months"),
                c("Median OS was 12.8 months. Treatment lasted 3 months versus 5 months in the two arms.",
                        "OS median 12.8 months"),
                // ranges and changes written with from/to
                c("The median PFS reported for this drug was from 3 to 5 months.", "PFS median 3-5 months"),
                c("Five-year OS for locally advanced disease ranges from 58 to 75% in recent series.", "OS rate@60 58-75"),
                c("Earlier series reported 5-year survival rates ranging 39.6% to 52.8%.", "OS rate@60 39.6-52.8"),
                c("Five-year survival rates between 25% and 65% have been reported.", "OS rate@60 25-65"),
                c("The 18-month FFS rate was 50%-65% in such patients.", "EFS rate@18 50-65"),
                c("With the new agent, median OS was increased from 4.4 to 6.1 months.", "OS median 4.4 months",
                        "OS median 6.1 months"),
                c("The combined analysis showed a prolongation of PFS from 6.1 to 9.4 months (p = 0.04) and OS from 21.5 "
                        + "to 30.2 months (p = 0.07).",
                        "PFS median 6.1 months", "PFS median 9.4 months", "OS median 21.5 months", "OS median 30.2 months"),
                c("Median survival varies from 2.6 (poor-risk disease) to 6.9 years (good risk).", "OS median 2.6 years",
                        "OS median 6.9 years"),
                c("A non-significant prolongation of PFS (median 14 vs. 11 months; p = 0.41) was observed.",
                        "PFS median 14 months", "PFS median 11 months"),
                // brackets: CI without a label, open upper bounds, units inside the bracket
                c("The median (95% CI) PFS was 6.2 (4.1-12.0) months and 3.7 (2.9-8.4) months in the two arms.",
                        "PFS median 6.2 months ci 4.1-12", "PFS median 3.7 months ci 2.9-8.4"),
                c("The median OS was 28.3 (19.7-NE) months in the control arm.", "OS median 28.3 months"),
                c("The median survival time was 39.8 (from 24.1 to not reached) months.", "OS median 39.8 months"),
                c("PFS was shorter with low expression [4.2 (95% CI: 3.1 - 5.0) vs. 10.6 (95% CI: 7.3 - 15.2 months)].",
                        "PFS median 4.2 months ci 3.1-5", "PFS median 10.6 months ci 7.3-15.2"),
                // abbreviated units, aliases of the Rulings
                c("Median PFS was 9.2 vs. 8.7 m in the two arms.", "PFS median 9.2 months", "PFS median 8.7 months"),
                c("Median neurological PFS was 7.4 months.", "PFS median 7.4 months"),
                c("Median failure-free survival was 19 months.", "EFS median 19 months"),
                c("The 3-year locoregional control rate was 91%.", "LC rate@36 91"),
                c("The median time to hormone-refractory progression is 20 to 30 months.", "TTP median 20-30 months"),
                c("Median survival was 11.2 months.", "OS median 11.2 months"),
                c("Patients fit for surgery have a median survival of 20-30 months after curative treatment.",
                        "OS median 20-30 months"),
                // respectively lists give one value to each endpoint
                c("Median OS and PFS were 12.1 and 6.3 months, respectively.", "OS median 12.1 months", "PFS median 6.3 months"),
                // a difference between arms is no figure
                c("Median OS was 14.0 months in the drug group, an improvement of 2.7 months.", "OS median 14 months"),
                // a difference cue before a pair compared group by group
                c("We saw no difference in OS across the arms (median 203 days for drug A vs 171 days for placebo).",
                        "OS median 203 days", "OS median 171 days"),
                c("Overall survival did not differ (41.5% in the short-course group vs 38.7% in the long-course group).",
                        "OS rate@null 41.5", "OS rate@null 38.7"));
    }

    static Stream<Arguments> notFound() {
        return Stream.of(
                c("Median OS improved by 2.7 months with the combination."),
                c("The 5-year OS rate was expected to be 40% with current treatment."),
                c("A 1-year OS rate of 55% or more was considered acceptable."),
                c("The combination gave an estimated 36% risk reduction for progression."),
                c("Median distant metastasis-free survival was 30.1 months."),
                c("The 3-year DMFS rate was 74%."),
                c("Of the 40 patients, 12 were alive at the time of analysis."),
                c("Patients were followed for 3 months after treatment and 30% were alive."));
    }

    static Stream<Arguments> bothArms() {
        return Stream.of(
                c("The 3-year OS rates were high (over 72%) in both the observation and maintenance groups.",
                        "observation", "maintenance"),
                c("The 3-year OS was 90% in both the low-risk and high-risk groups.", "low-risk", "high-risk"));
    }

    @ParameterizedTest
    @MethodSource("found")
    void readsWordings(String sentence, List<String> expected) {
        assertEquals(expected, SurvivalTestSupport.facts(sentence), sentence);
    }

    @ParameterizedTest
    @MethodSource("notFound")
    void ignoresOtherNumbers(String sentence, List<String> expected) {
        assertEquals(expected, SurvivalTestSupport.facts(sentence), sentence);
    }

    @ParameterizedTest
    @MethodSource("bothArms")
    void oneValueForBothArmsIsOneFactPerArm(String sentence, List<String> arms) {
        List<Finding> found = SurvivalTestSupport.extract(sentence).stream().filter(Finding::accepted).toList();
        assertEquals(arms, found.stream().map(Finding::arm).toList(), sentence);
        assertEquals(1, found.stream().map(Finding::fact).distinct().count(), sentence);
    }

    private static Arguments c(String sentence, String... expected) {
        return Arguments.of(sentence, Arrays.asList(expected));
    }
}
