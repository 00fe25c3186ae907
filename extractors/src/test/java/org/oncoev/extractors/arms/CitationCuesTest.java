package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cited versus own findings from sentence wording. */
class CitationCuesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Jones et al. reported a median OS of 9.1 months in 120 patients.",
            "A previous randomized study enrolled 300 patients.",
            "A survival benefit was reported in 210 patients treated with sorafenib.",
            "In the REFLECT trial, 954 patients were randomized.",
            "A meta-analysis of 12 trials pooled 2 400 patients.",
            "Median PFS was 5.4 months in that series [14].",
            "Earlier trials (3,4) included 80 and 95 patients.",
            "Toxicity was similar in a comparable cohort (7).",
            "Longer follow-up of 1.8 Gy fractions will come from the ongoing ABC-12/XY 34 trial."})
    void citedSentences(String s) {
        assertTrue(CitationCues.cited(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "In this study, 66 patients were enrolled.",
            "We enrolled 82 patients, in contrast to the earlier study by Lee et al.",
            "Our results show a median OS of 14.0 months.",
            "Median OS was 14.0 months in the ATRA plus FOLFOX4 group.",
            // degrees of freedom after a test statistic are not numbered citations
            "Fatigue scores were lower after training, t(38) = 2.45, p = .019.",
            "Recall differed by condition, F(2, 57) = 5.10, p = .009.",
            "Pain correlated with sleep quality, r(96) = .31, p = .002.",
            "The proportions differed, chi2(1) = 4.90, p = .027."})
    void ownSentences(String s) {
        assertFalse(CitationCues.cited(s), s);
    }

    @Test
    void aSentenceContinuingACitedTrialIsCited() {
        String previous = "A phase III trial compared sorafenib with sorafenib plus radiotherapy [21].";
        assertTrue(CitationCues.cited("Among the 290 patients in this trial, median OS was 8.5 months.", previous));
        assertFalse(CitationCues.cited("Among the 290 patients, median OS was 8.5 months.", previous));
    }
}
