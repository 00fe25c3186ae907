package org.oncoev.extractors.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Landmark rates: time-point lists, one and two arms, weeks/months/years, carried time points, negatives. */
class SurvivalExtractorRatesTest {

    static Stream<Arguments> rates() {
        return Stream.of(
                c("Overall survival at 1, 3, and 5 years was 89.4, 66.3, and 48.0%, respectively.",
                        "OS rate@12 89.4", "OS rate@36 66.3", "OS rate@60 48"),
                c("The 6 month-, 1 year- and 2 year- overall survival rates were higher in group A (95.0%, 70.1% and "
                        + "33.3%; respectively) than in group B (80.2%, 40.6%, and 15.0%, respectively).",
                        "OS rate@6 95", "OS rate@12 70.1", "OS rate@24 33.3", "OS rate@6 80.2", "OS rate@12 40.6",
                        "OS rate@24 15"),
                c("The corresponding 6-month, 1-year, 2-year and 3-year survival rates were 70.0%, 40.5%, 20.0%, and "
                        + "10.0% and 90%, 60.2%, 35.5%, and 25.0%, respectively.",
                        "OS rate@6 70", "OS rate@12 40.5", "OS rate@24 20", "OS rate@36 10", "OS rate@6 90",
                        "OS rate@12 60.2", "OS rate@24 35.5", "OS rate@36 25"),
                c("The 5-year OS of 45% compares well with older series.", "OS rate@60 45"),
                c("The 3-year PFS rate was 31.2% vs 18.5%.", "PFS rate@36 31.2", "PFS rate@36 18.5"),
                c("By the 12th week, the PFS rate was 80.0% in the combined group.", "PFS rate@2.77 80"),
                c("The 18-month OS rate was 55.5%.", "OS rate@18 55.5"),
                c("The 2-yr OS was 64%.", "OS rate@24 64"),
                c("The 1 year survival was 58.0% and the 3 year OS 30.5%.", "OS rate@12 58", "OS rate@36 30.5"),
                // an unhyphenated landmark after a median is no second duration of the median's list
                c("The median survival was 27 months, and 5 year survival was 19%.", "OS median 27 months", "OS rate@60 19"),
                c("Median PFS was 11.5 months and 2 year PFS 24.0%.", "PFS median 11.5 months", "PFS rate@24 24"),
                c("Survival was 58% at 3 years and 41% at 5 years.", "OS rate@36 58", "OS rate@60 41"),
                c("The 5-year survival rate of this cancer is <20%.", "OS rate@60 20"),
                c("Progression-free survival was 40.0 and 21.5% at 6 and 12 months, respectively; overall survival "
                        + "was 75.0 and 52.5% at 6 and 12 months.",
                        "PFS rate@6 40", "PFS rate@12 21.5", "OS rate@6 75", "OS rate@12 52.5"),
                c("The OS rates for the surgery group at 1, 3, and 5 years were 90.1, 60.5, and 41.0%, respectively, "
                        + "compared with 80.0, 44.4, and 30.3% in the control group.",
                        "OS rate@12 90.1", "OS rate@36 60.5", "OS rate@60 41", "OS rate@12 80", "OS rate@36 44.4",
                        "OS rate@60 30.3"),
                c("The 1-year and 2-year local control rates were 92% and 85%.", "LC rate@12 92", "LC rate@24 85"),
                c("The 2-year LC rate was 88.0%.", "LC rate@24 88"),
                c("The 90-day survival rate was 97%.", "OS rate@2.96 97"),
                c("The 3-year disease-free survival rate was 62.3%.", "DFS rate@36 62.3"),
                c("The 5-year cancer-specific survival was 71%.", "CSS rate@60 71"),
                c("The overall survival rate was 48.5% in this series.", "OS rate@null 48.5"),
                c("The 1-year OS was 12.8% in patients with lung metastases.", "OS rate@12 12.8"),
                c("Five-year overall survival was 61% (95% CI, 55% to 67%) in the whole cohort.", "OS rate@60 61 ci 55-67"),
                c("Three-year OS was 50.3% (45.5–54.9) with chemotherapy alone.", "OS rate@36 50.3 ci 45.5-54.9"),
                c("Five-year OS and DSS rates for the four groups were 70%, 58%, 45%, and 40% (P<0.001), and 85%, 84%, "
                        + "80%, and 69%, respectively.",
                        "OS rate@60 70", "OS rate@60 58", "OS rate@60 45", "OS rate@60 40", "DSS rate@60 85",
                        "DSS rate@60 84", "DSS rate@60 80", "DSS rate@60 69"),
                c("The 3-year OS and PFS rates were 66% and 41%, respectively.", "OS rate@36 66", "PFS rate@36 41"));
    }

    static Stream<Arguments> notRates() {
        return Stream.of(
                c("The objective response rate was 31% and the disease control rate 72%."),
                c("Overall survival has improved by up to 18% in recent decades."),
                c("The combination reduced the risk of death by 35% (HR 0.65, 95% CI 0.50-0.85)."),
                c("Grade 3 adverse events occurred in 22% of patients, and OS was longer."),
                c("PFS was longer, and 30% of patients had a partial response."),
                c("The median PFS was 5 months, with a response rate of 22.0% (9/41)."),
                c("The 1-year OS rates were similar across the three techniques."),
                c("The absolute difference in 2-year overall survival was 4.1% (95% CI -2.0% to 10.2%)."),
                c("PFS HR (B vs A): 1.12, 95% (0.90-1.40)."),
                c("To detect an increase in 5-year PFS from 40% in the control arm to 55%, 300 patients were needed."));
    }

    @ParameterizedTest
    @MethodSource("rates")
    void readsRates(String sentence, List<String> expected) {
        assertEquals(expected, SurvivalTestSupport.facts(sentence), sentence);
    }

    @ParameterizedTest
    @MethodSource("notRates")
    void ignoresOtherPercentages(String sentence, List<String> expected) {
        List<String> rates = SurvivalTestSupport.facts(sentence).stream().filter(f -> f.contains("rate")).toList();
        assertEquals(expected, rates, sentence);
    }

    private static Arguments c(String sentence, String... facts) {
        return Arguments.of(sentence, Arrays.asList(facts));
    }
}
