package org.oncoev.extractors.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Medians: units, ranges, CIs, lists of arms and every endpoint name, from sentences written for the project. */
class SurvivalExtractorMediansTest {

    static Stream<Arguments> medians() {
        return Stream.of(
                c("The median PFS was 11.3 months (95% confidence interval, 9.0-13.6) in the study arm.",
                        "PFS median 11.3 months ci 9-13.6"),
                c("Patients reached a median OS of 20.4 months (95% CI, 16.2–25.0).", "OS median 20.4 months ci 16.2-25"),
                // numbered arms: the arm's number is no value of the list
                c("Median OS was 9.5 months in arm 1 and 11.0 months in arm 2.", "OS median 9.5 months", "OS median 11 months"),
                c("Median PFS was 140 days in Group 1 vs. 168 days in Group 2 (p = 0.31).", "PFS median 140 days",
                        "PFS median 168 days"),
                c("Median OS was 13.2 months in cohort 2 versus 10.4 months in cohort 3.", "OS median 13.2 months",
                        "OS median 10.4 months"),
                c("The median survival (12.5 vs 7.1 months, P = 0.004) favoured the combination.",
                        "OS median 12.5 months", "OS median 7.1 months"),
                c("Median overall survival was longer with the doublet (19.8 vs 15.2 months; P < .001).",
                        "OS median 19.8 months", "OS median 15.2 months"),
                c("The median OS in the two cohorts differed (21.0 months versus 9.6 months).",
                        "OS median 21 months", "OS median 9.6 months"),
                c("The median OS was 44.0 vs 31.5 weeks in the two arms.", "OS median 44 weeks", "OS median 31.5 weeks"),
                c("Untreated patients have median overall survival times of only 2 to 4 months.", "OS median 2-4 months"),
                c("The expected median survival is 6–9 months for this stage.", "OS median 6-9 months"),
                c("The median time to progression was 4.4 vs 2.1 months.", "TTP median 4.4 months", "TTP median 2.1 months"),
                c("Median time-to-progression (TTP) (6.3 vs 2.8 months, P < .001) was longer.",
                        "TTP median 6.3 months", "TTP median 2.8 months"),
                c("Median TTP 5.5 vs 3.0 months.", "TTP median 5.5 months", "TTP median 3 months"),
                c("In that cohort the mOS was 9 months and the mPFS was 4.5 months.",
                        "OS median 9 months", "PFS median 4.5 months"),
                c("The median disease-free survival was 38.2 months.", "DFS median 38.2 months"),
                c("Median recurrence-free survival reached 26 months, and median relapse-free survival 22 months.",
                        "RFS median 26 months", "RFS median 22 months"),
                c("Median event-free survival (EFS) was 14.9 months.", "EFS median 14.9 months"),
                c("The median disease-specific survival was 5.2 years.", "DSS median 5.2 years"),
                c("Median cancer-specific survival (CSS) was 61 months.", "CSS median 61 months"),
                c("The median DFS and RFS were 30.1 and 27.4 months, respectively.", "DFS median 30.1 months",
                        "RFS median 27.4 months"),
                c("Median OS: 13.7 months (95% CI 11.1 to 16.0).", "OS median 13.7 months ci 11.1-16"),
                c("The median OS was 14.2 (95% CI, 12.0-16.9) months.", "OS median 14.2 months ci 12-16.9"),
                c("Median survival time was 310 days.", "OS median 310 days"),
                c("The median PFS of 8.1 mo compared favourably.", "PFS median 8.1 months"),
                c("OS was significantly longer in patients who received the triplet (18.9 months) than in those "
                        + "treated with the doublet only (12.2 months).", "OS median 18.9 months", "OS median 12.2 months"),
                c("The median OS was 16·4 months.", "OS median 16.4 months"),
                c("The median survival time was 3.1 years (95% confidence interval [CI], 2.9-3.4 years).",
                        "OS median 3.1 years ci 2.9-3.4"),
                c("Median progression free survival was 7.4 months in the whole cohort.", "PFS median 7.4 months"),
                c("The median PFS and OS were 6.2 and 14.8 months, respectively.", "PFS median 6.2 months",
                        "OS median 14.8 months"),
                c("The median OS was not reached in the experimental arm and was 15.3 months in the control arm.",
                        "OS median 15.3 months"));
    }

    static Stream<Arguments> notMedians() {
        return Stream.of(
                c("The median follow-up was 24 months (range, 3-60 months)."),
                c("After a median follow-up of 31.2 months, the median OS was not reached."),
                c("The drug extended median survival by 47 days compared with placebo."),
                c("The extension of median survival was about 3 months compared to the placebo group."),
                c("The median age was 58 years and the median OS was not reached."),
                c("Median duration of response was 9.1 months."),
                c("The median time to response was 2.1 months."),
                c("Median hospital stay was 7 days."),
                c("Overall survival improved over almost 20 years in registry patients."),
                c("Treatment continued for 6 months, and survival was assessed every 3 months."),
                c("Patients survived for 12 months on average."),
                c("Patients were enrolled between March 2012 and June 2016 and overall survival was recorded."),
                c("The survival benefit of 2.8 months was significant."),
                c("Resistance to sorafenib develops within 6 months of treatment, limiting survival."),
                c("Calibration plots of survival at (a) 2 years and (b) 4 years are shown."),
                c("Women had better OS than men, and OS was longer in those who were older than 50 years."),
                c("The trial assumed a median OS of 12 months in the control arm, with 80% power."));
    }

    @ParameterizedTest
    @MethodSource("medians")
    void readsMedians(String sentence, List<String> expected) {
        assertEquals(expected, SurvivalTestSupport.facts(sentence), sentence);
    }

    @ParameterizedTest
    @MethodSource("notMedians")
    void ignoresOtherDurations(String sentence, List<String> expected) {
        assertEquals(expected, SurvivalTestSupport.facts(sentence), sentence);
    }

    private static Arguments c(String sentence, String... facts) {
        return Arguments.of(sentence, Arrays.asList(facts));
    }
}
