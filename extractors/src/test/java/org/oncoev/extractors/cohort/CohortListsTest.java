package org.oncoev.extractors.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.PassageKind;
import org.oncoev.extractors.ExtractionContext;

/**
 * Group sizes stated as lists (sentences written for this test): a population split into groups that share
 * one noun, a total broken down as {@code N (a: arm, b: arm)}, header cells whose {@code n = N} sits on the next
 * line (joined by a space in the text), and cited studies that "investigated N patients/cases".
 */
class CohortListsTest {
    private static final CohortExtractor EXTRACTOR = new CohortExtractor();
    private static final List<String> ARMS = List.of("capecitabine", "capecitabine plus oxaliplatin");

    static Stream<Arguments> cohorts() {
        return Stream.of(
                Arguments.of("In the pooled series there were 640 surgical, 212 endoscopic and 98 radiological patients.",
                        "640 surgical|212 endoscopic|98 radiological"),
                Arguments.of("Of the 130 enrolled patients, 121 (60: capecitabine, 61: capecitabine plus oxaliplatin) "
                        + "were evaluable for response.", "130|60 capecitabine|61 capecitabine plus oxaliplatin"),
                Arguments.of("Table 2 Adverse eventsEventArm A n = 44Arm B n = 47 P Nausea 12 (27.3) 10 (21.3) 0.51",
                        "44 Arm A|47 Arm B"),
                Arguments.of("Table 3 OutcomesVariableSBRT (%) n = 52CRT (%) n = 49 P Death 5 (9.6) 7 (14.3) 0.47",
                        "52 SBRT|49 CRT"),
                Arguments.of("An earlier registry study investigated 3120 patients from a national cancer registry.", "3120"),
                Arguments.of("A multicentre series investigated 412 cases of mucoepidermoid carcinoma.", "412"),
                Arguments.of("A single-centre study of 85 cases reported similar control rates.", "85"));
    }

    static Stream<String> notCohorts() {
        return Stream.of(
                // risk or biomarker strata are not cohorts (Rulings)
                "After grouping by stage, there were 1210 low-risk, 884 intermediate-risk, and 402 high-risk patients.",
                "The cohort was stratified into 310 node-negative and 145 node-positive cases.",
                // outcomes listed with one noun, no population cue
                "Toxicity was mild: 12 grade 2, 5 grade 3 and 1 grade 4 patients needed a dose delay.",
                "During follow-up there were 14 local, 9 regional and 22 distant recurrences.",
                "There were 6 complete and 11 partial responders among treated patients.",
                // outcomes with a population cue but an outcome label
                "There were 4 fatal and 9 grade 3 cases of pneumonitis.",
                // the breakdown does not add up to the number before it
                "Median age was 61 (58: range 40-75, 66: range 45-80) years.",
                // a single split header, or header levels of a biomarker
                "Table 4 Response by armVariableArmA n = 44 P Response 12 (27.3) 0.51",
                "Table 5 Baseline by tertileLow n = 40Intermediate n = 41High n = 40p-value Age 61 60 62");
    }

    @ParameterizedTest
    @MethodSource("cohorts")
    void findsGroupSizesInLists(String sentence, String expected) {
        assertEquals(expected, CohortExtractorTest.describe(EXTRACTOR.extract(TestDocuments.passage(0, PassageKind.BODY,
                sentence), new ExtractionContext(null, ARMS))), sentence);
    }

    @ParameterizedTest
    @MethodSource("notCohorts")
    void skipsOutcomeListsAndUnbalancedBreakdowns(String sentence) {
        assertEquals("", CohortExtractorTest.describe(EXTRACTOR.extract(TestDocuments.passage(0, PassageKind.BODY,
                sentence), new ExtractionContext(null, ARMS))), sentence);
    }
}
