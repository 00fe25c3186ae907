package org.oncoev.extractors.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.PassageKind;
import org.oncoev.extractors.ExtractionContext;

/**
 * Arm sizes written as runs of parallel counts, analysis populations split by arm, and the wordings that make
 * a count a design value or a subset instead (sentences written for this test). Compared as sorted sets: the
 * order in which rules report counts is not the contract.
 */
class CohortArmRunsTest {
    private static final CohortExtractor EXTRACTOR = new CohortExtractor();
    private static final List<String> ARMS = List.of("sunitinib", "placebo", "cisplatin", "gemcitabine");

    static Stream<Arguments> cohorts() {
        return Stream.of(
                Arguments.of("Of these, 412 were assigned to the drug arm and 405 to the control arm.",
                        "405 control|412 drug"),
                // deaths spelled out per arm after a clause ending in the event are no arm sizes
                Arguments.of("By the data cut-off, 150 patients had died, including 70 in the sunitinib arm and 80 in the "
                        + "placebo arm.", ""),
                Arguments.of("In total, 150 patients died; 70 in the sunitinib group and 80 in the placebo group.", ""),
                Arguments.of("In total, 150 patients were randomised, including 70 in the sunitinib group and 80 in the "
                        + "placebo group.", "150|70 sunitinib|80 placebo"),
                Arguments.of("Two patients were not treated (progressive disease); 70 patients were assigned to the sunitinib "
                        + "group and 80 to the placebo group.", "70 sunitinib|80 placebo"),
                Arguments.of("The safety set comprised 530 subjects, 268 subjects in the sunitinib group and 262 subjects "
                        + "in the placebo group.", "262 placebo|268 sunitinib|530"),
                Arguments.of("Of these, 88 were randomized to receive sunitinib and 86 were randomized to receive placebo.",
                        "86 placebo|88 sunitinib"),
                Arguments.of("The per-protocol analysis included 301 patients (150 in the observation group and 151 in the "
                        + "surgery group) because two patients were lost to follow-up.",
                        "150 observation|151 surgery|301"),
                Arguments.of("In all, 96 patients (47 for cisplatin and 49 for gemcitabine) were assessable for safety.",
                        "47 cisplatin|49 gemcitabine|96"),
                Arguments.of("In total, 112 (61.2%) patients returned a questionnaire; 57 (50.9%) in the sunitinib arm "
                        + "and 55 (49.1%) in the placebo arm.", "112|55 placebo|57 sunitinib"),
                Arguments.of("The two earlier trials included 318 and 207 patients, respectively.", "207|318"),
                Arguments.of("Of the 250 women who were registered, 244 received at least one dose of cisplatin.", "244|250"),
                Arguments.of("Response was assessed in 28 of the 310 treated patients.", "310"),
                Arguments.of("After 64 randomized patients the trial was closed for futility.", "64"),
                Arguments.of("The pooled analysis of both trials (n = 612 patients) confirmed the benefit.", "612"),
                Arguments.of("Patients were assigned to the control group (n = 140) or the sunitinib group (n = 141).",
                        "140 control|141 sunitinib"),
                Arguments.of("Patients were randomly assigned (1:1) to sunitinib 37.5 mg/d (n = 201) or placebo (n = 199).",
                        "199 placebo|201 sunitinib"),
                Arguments.of("A total of 230 patients were randomized to cisplatin (n=116) or gemcitabine (n=114, Fig. 1).",
                        "114 gemcitabine|116 cisplatin|230"),
                Arguments.of("Safety was assessed in all 131 patients.", "131"),
                Arguments.of("Patients were randomized to the sunitinib arm (N = 64; oral sunitinib daily) or the placebo "
                        + "arm (N = 33; matching tablets).", "33 placebo|64 sunitinib"),
                Arguments.of("In all, 230 patients were enrolled: 116 were treated with cisplatin and 114 were given "
                        + "gemcitabine.", "114 gemcitabine|116 cisplatin|230"),
                Arguments.of("Data on 1,204 patients (600 CAPOX and 604 FOLFOX patients) were complete.",
                        "1204|600 CAPOX|604 FOLFOX"),
                Arguments.of("Data on 1,204 patients of the 2019 cohort (600 CAPOX and 604 FOLFOX patients) were complete.", "1204"),
                Arguments.of("Here we report data from 118 patients (60 CAPOX and 58 FOLFOX patients).",
                        "118|58 FOLFOX|60 CAPOX"),
                Arguments.of("Characteristics of the 71 patients evaluable for the primary endpoint (ARM-X: 36, ARM-Y: 35) "
                        + "were balanced.", "35 ARM-Y|36 ARM-X|71"),
                // the parts of a total that are subsets, strata or exclusions are not arms; the total still counts
                Arguments.of("Of the 70 patients accrued, 4 were not evaluable (ARM-X: 3, ARM-Y: 1) and were excluded.", "70"),
                Arguments.of("The study enrolled 3,010 healthy subjects (1,720 women and 1,290 men).", "3010"),
                Arguments.of("A pooled review of 12 randomized trials including a total of 4,210 patients reported a "
                        + "modest benefit.", "4210"),
                Arguments.of("Archival tissue from 90 of the 212 patients in the primary analysis population was stained.",
                        "212"),
                // the safety population as a share of each arm; the treated part of each arm
                Arguments.of("Toxicity was assessed in 181 (95%) of 190 patients in the sunitinib group and 176 (94%) of "
                        + "187 patients in the placebo group.", "176 placebo|181 sunitinib"),
                Arguments.of("Safety was evaluable in 410 of 418 patients.", "410"),
                Arguments.of("In all, 97 (96%) patients in the sunitinib arm and 95 (97%) patients in the placebo arm "
                        + "received the assigned treatment.", "95 placebo|97 sunitinib"),
                // a bracket between a count and its arm; the response-evaluable part inside it is no cohort
                Arguments.of("The efficacy population included 44 patients (41 patients response evaluable) in the "
                        + "sunitinib arm and 21 patients in the placebo arm.", "21 placebo|44 sunitinib"),
                // an arm list continued with "and" after a bracketed size
                Arguments.of("Patients were randomised to arms A (n = 24) and B (n = 23).", "23 B|24 arms A"),
                // two counts given out by "respectively" before a cohort verb
                Arguments.of("Two cases were excluded, and 40 and 42 arm X and Y cases, respectively, were treated.", "40|42"),
                Arguments.of("Patients were randomly assigned to sunitinib (n = 24) and 12 of them (n = 5) had a rash.",
                        "24 sunitinib"),
                // cases that are the study's patients
                Arguments.of("A total of 240 cases were included in the final analysis.", "240"),
                Arguments.of("We retrospectively reviewed 85 cases of resected gastric cancer.", "85"));
    }

    static Stream<String> notCohorts() {
        return Stream.of(
                // design values
                "Allowing for 15% dropout, 70 patients per arm (140 overall) were to be randomised for 90% power.",
                "The design required a total of 58 evaluable patients (29 patients per arm).",
                "We decided to enrol a total of 140 patients.",
                "Assuming that one patient in ten drops out, we propose to recruit 22 patients per group, 44 patients in all.",
                "Under the hypothesis of a 15% gain, a simulated sample of 25 patients was drawn for each dose level.",
                // events, exclusions and subsets split by arm
                "During follow-up 31 patients died: 17 (25%) in the sunitinib arm and 14 (19.4%) in the placebo arm.",
                "We excluded 19 patients (10 in the sunitinib group and 9 in the placebo group) without a baseline scan.",
                "Overall, 33 patients were classified as biomarker positive (16 in the sunitinib arm vs 17 in the placebo arm).",
                "At the cut-off, 40 patients (21 in the sunitinib group and 19 in the placebo group) had progressed.",
                "The 12 subjects excluded from the safety set had not received study drug.",
                "The sunitinib group included 25 patients with CR and 30 with PR.",
                "Tumour samples were available for 152 patients.",
                // events split by arm with high shares; another measure assessed in part of the patients
                "Grade 3 events occurred in 97 (96%) patients in the sunitinib arm and 95 (97%) patients in the placebo arm.",
                "Overall, 41 (87%) patients in the sunitinib arm and 39 (88%) patients in the placebo arm had a dose reduction.",
                "Response was assessed in 181 (95%) of 190 patients in the sunitinib group.",
                "Grade 3 rash was seen in 12 and 8 patients, respectively.",
                "Each patient received 8 cycles (4 cycles before and 4 cycles after surgery).",
                "Twenty-two patients in the safety population had missing laboratory values.",
                "Of the 118 patients for whom complete biomarker data were available, 40 had high expression.",
                "In total, 205 patients were evaluable for HRQoL assessments.",
                "Other prior therapies included tamoxifen (n = 4) and goserelin (n = 2).",
                "The 3-year rates were 44% for the low-risk group (N = 19) and 38% for the high-risk group (N = 21).",
                // value ranges of a stratification variable read like "count to arm" runs
                "Randomisation was stratified by weight band (kg; <50, 50 to <70, 70 to <90, \u226590) and by centre.",
                "Intake was grouped as 0 to 2, 2 to 4, 4 to 6 or more than 6 units for the assigned groups.",
                // plans stated as intentions, calculations or estimates
                "The intention was to randomise 60 patients to sunitinib and 20 patients to placebo.",
                "To allow for dropout we aim to recruit 120 participants in the sunitinib arm and 60 in the placebo arm.",
                "Randomisation of 90 subjects (60 to the sunitinib arm and 30 to the placebo arm) was calculated.",
                "The escalation phase was designed to enrol successive cohorts of 6 patients at each dose level.",
                "A sample of 84 participants was estimated to be sufficient for the primary comparison.",
                // cases that are events: incidence, existential counts, documented cases
                "During 52,000 person-years of follow-up, 310 incident cases were registered in the second cohort.",
                "There were a total of 9 cases of herpes zoster.",
                "By the end of 2015, a total of 640 gastric cancer cases (500 intestinal, 140 diffuse) were documented.");
    }

    @ParameterizedTest
    @MethodSource("cohorts")
    void findsArmRunsAndPopulations(String sentence, String expected) {
        assertEquals(expected, sorted(sentence));
    }

    @ParameterizedTest
    @MethodSource("notCohorts")
    void skipsDesignValuesAndSubsets(String sentence) {
        assertEquals("", sorted(sentence));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "The analysis set comprised 180 patients (90 patients randomly assigned to each group).",
            "In this trial 90 patients were enrolled in each arm."})
    void aSizeStatedForEachArmIsOneFactPerArm(String sentence) {
        String found = CohortExtractorTest.describe(EXTRACTOR.extract(TestDocuments.passage(0, PassageKind.BODY, sentence),
                new ExtractionContext(null, List.of("sunitinib", "placebo"))));
        assertEquals(true, found.contains("90 sunitinib") && found.contains("90 placebo"), found);
    }

    private static String sorted(String sentence) {
        String found = CohortExtractorTest.describe(EXTRACTOR.extract(TestDocuments.passage(0, PassageKind.BODY, sentence),
                new ExtractionContext(null, ARMS)));
        String[] parts = found.isEmpty() ? new String[0] : found.split("\\|");
        Arrays.sort(parts);
        return String.join("|", parts);
    }
}
