package org.oncoev.extractors.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncoev.corpus.Passage;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.gold.TestPassages;

class HazardRatioExtractorTest {
    private final HazardRatioExtractor extractor = new HazardRatioExtractor();

    /** Accepted findings as "value [low, high]" or "value" strings, in order. */
    private List<String> found(Passage passage) {
        return extractor.extract(passage, ExtractionContext.empty()).stream().filter(Finding::accepted)
                .map(f -> label((Fact.HazardRatio) f.fact())).collect(Collectors.toList());
    }

    private static String label(Fact.HazardRatio h) {
        return h.ciLow() == null ? String.valueOf(h.value()) : h.value() + " [" + h.ciLow() + ", " + h.ciHigh() + "]";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Combination therapy reduced the risk of death (HR = 0.488, 95% CI: 0.277-0.860, P = .013).|0.488 [0.277, 0.86]",
            "The hazard ratio 0.72 [0.61, 0.85] favoured maintenance treatment.|0.72 [0.61, 0.85]",
            "Progression was delayed with the triplet (HR 0.62 (95% CI 0.45 to 0.86; P = .003)).|0.62 [0.45, 0.86]",
            "Smoking remained a risk factor (adjusted HR (aHR) 1.52; 95% CI, 1.1–2.1).|1.52 [1.1, 2.1]",
            "Survival improved in the experimental arm (HR, 0.67; 95% CI, 0.52-0.87).|0.67 [0.52, 0.87]",
            "Median PFS was 7.1 vs 4.0 months (hazard ratio for progression or death, 0.58; 95% CI, 0.47 to 0.72).|0.58 [0.47, 0.72]",
            "The risk of relapse was lower (hazard ratio [HR] 0.81, 95% confidence interval [CI] 0.70–0.94).|0.81 [0.7, 0.94]",
            "Vascular invasion predicted death (HR: 1.74 (1.21–2.50)).|1.74 [1.21, 2.5]",
            "Nodal status was prognostic (HR=2.3 [1.2; 4.5], p=0.01).|2.3 [1.2, 4.5]",
            "The pooled HR was 0.74 (95%CI 0.62-0.88) over all studies.|0.74 [0.62, 0.88]",
            "The hazard ratio of death was estimated at 0.91 (95% CI, 0.80 to 1.03).|0.91 [0.8, 1.03]",
            "Time to treatment failure was shorter (HR = 1.35; CI 95% = 1.05 to 1.74).|1.35 [1.05, 1.74]",
            "The multivariable HR for OS in the Ang-2 high group was 1.40 (95% CI 1.02–1.93).|1.4 [1.02, 1.93]",
            "The HR was 0.537 (p = 0.0041) in favour of the first group.|0.537",
            // an estimate with its CI stays even where the sentence speaks of power
            "With the planned power reached, the HR was 0.70 (95% CI 0.55-0.89).|0.7 [0.55, 0.89]"})
    void findsOneHazardRatio(String sentence, String expected) {
        assertEquals(List.of(expected), found(TestPassages.body(sentence)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Of the 120 patients, 80 had HR-positive disease and 40 had HR-negative disease.",
            "HR+ tumours (n = 64) were treated with endocrine therapy.",
            "Heart rate (HR) was 72 beats per minute at baseline.",
            "The odds ratio for response was 0.62 (95% CI 0.45 to 0.86).",
            "Hazard ratios for TIMP-1 immunoreactivity were calculated with Cox regression.",
            "Hazard ratios (95% CI) are shown in Figure 2.",
            "The relative risk was 1.3 (95% CI 1.1-1.6).",
            // design values (FORMAT.md's rulings): a power calculation's target hazard ratio is not a result
            "A hazard ratio of 0.75 was assumed for the sample size calculation.",
            "To detect a hazard ratio for death of 0.70 with 80% power, 330 events were needed.",
            "The sample size rested on the hypothesis that the new regimen would raise 3-year survival from 40% to 55% (HR 0.65).",
            "Our primary hypotheses were a 2-year rate of 35% in the control arm and 50% with the drug (i.e. a hazard ratio of 0.66)."})
    void ignoresLookalikes(String sentence) {
        assertEquals(List.of(), found(TestPassages.body(sentence)));
    }

    @Test
    void readsComparisonsAndSeveralHazardRatiosInOneSentence() {
        String text = "Benefit was seen for PFS (HR 0.47, 95% CI 0.19–1.16) versus 0.70 (95% CI 0.44–1.10) in the "
                + "other cohort, and for OS (HR, 0.69; 95% CI, 0.51-0.93; P = .02).";
        assertEquals(List.of("0.47 [0.19, 1.16]", "0.7 [0.44, 1.1]", "0.69 [0.51, 0.93]"), found(TestPassages.body(text)));
    }

    @Test
    void ciThatExcludesTheEstimateIsRejected() {
        List<Finding> all = extractor.extract(TestPassages.body("Survival differed (HR 0.45, 95% CI 0.52-0.87)."),
                ExtractionContext.empty());
        assertEquals(1, all.size());
        assertFalse(all.get(0).accepted());
        assertEquals("CI excludes the estimate", all.get(0).rejectedReason());
        Finding reversed = extractor.extract(TestPassages.body("Risk rose (HR 1.5; 95% CI 2.1-1.2)."),
                ExtractionContext.empty()).get(0);
        assertEquals("CI bounds reversed", reversed.rejectedReason());
    }

    @Test
    void keepsPValueAndAdjustmentOnTheFact() {
        Finding f = extractor.extract(TestPassages.body("Age was independent (adjusted HR 1.21, 95% CI 1.02-1.44, P = .03)."),
                ExtractionContext.empty()).get(0);
        Fact.HazardRatio h = (Fact.HazardRatio) f.fact();
        assertTrue(h.adjusted());
        assertEquals(0.03, h.pValue(), 1e-12);
        assertEquals("adjusted HR 1.21, 95% CI 1.02-1.44", f.raw());
    }

    @Test
    void readsTableRowsAndSkipsReferenceRows() {
        String table = String.join("\n",
                "Table 3 Multivariable Cox model for overall survival",
                "Variable\t\tMultivariable analysis\t\t",
                "\t\tHR\t95% CI\tP",
                "Sex\tMale\t1\tReference\t–",
                "\tFemale\t0.892\t0.777–1.024\t.105",
                "Stage\tII\t1.00 (reference)\t\t",
                "\tIII\t1.873\t1.201–2.921\t.006",
                "Grade\tLow\tRef.\t\t",
                "\tHigh\t2.40\t1.10-5.24\t.03");
        assertEquals(List.of("0.892 [0.777, 1.024]", "1.873 [1.201, 2.921]", "2.4 [1.1, 5.24]"),
                found(TestPassages.table(table)));
    }

    @Test
    void readsCombinedColumnsAndUnivariateAndMultivariateColumns() {
        String combined = String.join("\n",
                "Factor\tHR (95% CI)\tP value",
                "ECOG 1 vs 0\t1.45 (1.12-1.88)\t.004",
                "Age ≥70\t0.97 (0.80–1.18)\t.77",
                "Prior surgery\t1 (reference)\t");
        assertEquals(List.of("1.45 [1.12, 1.88]", "0.97 [0.8, 1.18]"), found(TestPassages.table(combined)));
        String twoModels = String.join("\n",
                "Factor\tHR\t95% CI\tP\tHR\t95% CI\tP",
                "Albumin <3.5\t2.10\t1.40-3.15\t<.001\t1.84\t1.20-2.82\t.005");
        assertEquals(List.of("2.1 [1.4, 3.15]", "1.84 [1.2, 2.82]"), found(TestPassages.table(twoModels)));
    }

    @Test
    void tableWithoutHazardColumnGivesNothing() {
        String table = String.join("\n", "Variable\tOR\t95% CI\tP", "Age\t1.20\t1.01-1.43\t.04");
        assertEquals(List.of(), found(TestPassages.table(table)));
    }
}
