package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Treatments a sentence writes beside survival values, read without the arm catalog ({@link TreatmentPairs}). */
class TreatmentPairsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "Irinotecan plus capecitabine gave no gain compared with capecitabine alone in PFS (7.1 vs. 7.9 months) "
                + "| (7.1 | Irinotecan plus capecitabine;capecitabine alone",
        "Gemcitabine plus cisplatin prolonged OS versus gemcitabine alone (11.2 vs 8.3 months) | (11.2 | Gemcitabine plus cisplatin;gemcitabine alone",
        "The combination prolonged OS in this trial (11.2 vs 8.3 months) | (11.2 | NONE",
        "Comparing the efficacy of irinotecan plus capecitabine and weekly capecitabine, the 2-year OS rates (61% vs 52%) differed "
                + "| (61 | irinotecan plus capecitabine;weekly capecitabine",
        "Comparing irinotecan plus capecitabine and capecitabine alone, OS (11.2 vs 8.3 months) differed | (11.2 | irinotecan plus capecitabine;capecitabine alone",
        "Comparing the outcome of XQ-DD and standard-schedule docetaxel, the 5-year OS (61% vs 52%) differed | (61 | XQ-DD;standard-schedule docetaxel",
        "Comparing the outcome of younger and older patients, the 5-year OS (61% vs 52%) differed | (61 | NONE",
        "Irinotecan plus capecitabine and capecitabine alone gave similar OS (11.2 vs 8.3 months) | (11.2 | NONE",
    })
    void twoTreatmentsComparedBeforeAPair(String sentence, String pairAt, String expected) {
        String[] names = TreatmentPairs.comparedBefore(sentence, sentence.indexOf(pairAt) + 1);
        assertEquals(expected, names == null ? null : names[0] + ";" + names[1]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "one trial reported a 5-year OS rate using capecitabine monotherapy for stage II rectal cancer of 66.1% | 66.1 | capecitabine monotherapy",
        "another reported a 2-year PFS rate using FOLFIRI of 40.2% | 40.2 | FOLFIRI",
        "a 2-year PFS rate using a new score of 40.2% | 40.2 | NONE",
        "a 2-year PFS rate of 40.2% with FOLFIRI | 40.2 | NONE",
    })
    void theTreatmentAValueIsReadUsing(String sentence, String value, String expected) {
        assertEquals(expected, TreatmentPairs.usingBefore(sentence, sentence.indexOf(value)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "Median OS rose from 4.1 to 6.0 months with regorafenib compared with placebo. | 4.1 | 6.0 months | placebo;regorafenib",
        "Median OS rose from 4.1 to 6.0 months over two years of follow-up. | 4.1 | 6.0 months | NONE",
    })
    void fromToTakesTheComparatorFirst(String sentence, String first, String second, String expected) {
        String[] names = TreatmentPairs.fromToAfter(sentence, sentence.indexOf(first), sentence.indexOf(second) + second.length());
        assertEquals(expected, names == null ? null : names[0] + ";" + names[1]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "median 201 days for denosumab vs 170 days for placebo | 201 days | denosumab",
        "median 201 days for denosumab vs 170 days for placebo | 170 days | placebo",
        "a PFS of 9.2 months (95% CI 7.7-10.1) with erlotinib, | 9.2 months | erlotinib",
        "a PFS of 9.2 months for the first cohort | 9.2 months | NONE",
        "median PFS was 9.2 months for the combination, and | 9.2 months | combination",
        "median PFS was 9.2 months for the combination therapy | 9.2 months | combination therapy",
        "median PFS was 9.2 months in the control arm. | 9.2 months | control arm",
        "median PFS was 9.2 months for the combination of two agents | 9.2 months | NONE",
    })
    void theTreatmentRightAfterAValue(String sentence, String value, String expected) {
        assertEquals(expected, TreatmentPairs.after(sentence, sentence.indexOf(value) + value.length()));
    }
}
