package org.oncoev.extractors.pvalue;

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

class PValueExtractorTest {
    private final PValueExtractor extractor = new PValueExtractor();

    /** Accepted findings as "relation value" strings, e.g. "< 0.001", in order. */
    private List<String> found(Passage passage) {
        return extractor.extract(passage, ExtractionContext.empty()).stream().filter(Finding::accepted)
                .map(f -> {
                    Fact.PValue p = (Fact.PValue) f.fact();
                    return p.relation().symbol() + " " + p.value();
                }).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Median OS was longer in the combination arm (14.2 vs 9.8 months, p = .05).|= 0.05",
            "The difference in response rates was significant (P<0.001).|< 0.001",
            "Grade 3 neutropenia was more frequent with the doublet (31% vs 12%; P < .001).|< 0.001",
            "Time to progression favoured the experimental group (P = .018).|= 0.018",
            "Patients with low expression had a worse outcome (p-value of 0.03).|= 0.03",
            "The P value was 0.04 for the comparison of the two cohorts.|= 0.04",
            "Expression correlated strongly with grade (r = 0.62, P = 5.81 × 10^-48).|= 5.81E-48",
            "Expression correlated strongly with grade (P = 2.3 x 10-12).|= 2.3E-12",
            "The association remained after adjustment (P = 1.2e-5).|= 1.2E-5",
            "The response rate in the elderly subgroup was similar (p ≤ 0.05).|<= 0.05",
            "Baseline characteristics were balanced between the arms (all P > .05).|> 0.05",
            "Toxicity increased with dose level (P for trend = 0.02).|= 0.02",
            "The treatment effect did not differ by age (Pinteraction = .03).|= 0.03",
            "No heterogeneity was seen across centres (P_interaction = 0.41).|= 0.41",
            "The effect was consistent across subgroups (P-trend = 0.007).|= 0.007",
            "Survival differed between the arms (two-sided P = 0.01).|= 0.01",
            "Curves separated early (log-rank P < 0.0001).|< 1.0E-4",
            "The difference was not significant (P value: 0.27).|= 0.27",
            "Disease control was similar (p value >= 0.2).|>= 0.2",
            "The survival benefit was confined to responders (p less than 0.001).|< 0.001",
            "Overall survival was 11.0 months (HR 0.70, 95% CI 0.55-0.89; P = .003).|= 0.003",
            "Grade 3 fatigue was rare in both arms (P = 1.00).|= 1.0",
            "DFS improved with adjuvant therapy (χ2 = 7.21, p = 0.008).|= 0.008",
            "The rates were compared with Fisher's exact test (P = 0.000048).|= 4.8E-5",
            "The interaction was of borderline significance (P-interaction: 0.06).|= 0.06"})
    void findsOneMention(String sentence, String expected) {
        assertEquals(List.of(expected), found(TestPassages.body(sentence)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "A P value < 0.05 was considered statistically significant.",
            "P < 0.05 was considered significant.",
            "A two-sided P value of <0.05 indicated statistical significance.",
            "Statistical significance was set at P < .05.",
            "Differences were considered statistically significant when p < 0.05.",
            "All tests were two-sided, and P ≤ 0.05 was regarded as significant.",
            "Variables with P < 0.1 in the univariate analysis were entered into the multivariate Cox model.",
            "The trial was powered with alpha set at p = 0.05 (two-tailed).",
            "The significance level was P < 0.01 for all secondary comparisons.",
            "Patients with PFS of 6 months or more were grouped together.",
            "Vp3 invasion was present in 14 patients, and Vp4 = 3 cases were recorded.",
            "Overall survival was 12.0 months in the PP cohort.",
            "Neutropenia occurred in 30% (p53-positive tumours) of cases."})
    void ignoresThresholdsAndLookalikes(String sentence) {
        assertEquals(List.of(), found(TestPassages.body(sentence)));
    }

    @Test
    void countsEveryMentionAndListsAfterRespectively() {
        String text = "Median OS (14.0 vs 8.0 months, P = 0.012) and TTP (8.7 vs 3.2 months, P = 0.002) were longer. "
                + "The 1-year and 2-year rates also differed (P = 0.03 and 0.04, respectively). "
                + "Both comparisons were significant (P < .001 and P < .001).";
        assertEquals(List.of("= 0.012", "= 0.002", "= 0.03", "= 0.04", "< 0.001", "< 0.001"),
                found(TestPassages.body(text)));
    }

    @Test
    void pOverOneIsRejectedNotDropped() {
        List<Finding> all = extractor.extract(TestPassages.body("The ratio was unusual (p = 1.7)."), ExtractionContext.empty());
        assertEquals(1, all.size());
        assertFalse(all.get(0).accepted());
        assertEquals("p-value over 1", all.get(0).rejectedReason());
    }

    @Test
    void offsetsCoverTheMention() {
        Passage p = TestPassages.body("Response differed (P < .001) between arms.");
        Finding f = extractor.extract(p, ExtractionContext.empty()).get(0);
        assertEquals("P < .001", f.raw());
        assertEquals(19, f.passageStart());
        assertEquals(119, f.sourceStart());
        assertEquals("p-value", f.extractor());
        assertFalse(((Fact.PValue) f.fact()).inTable());
    }

    @Test
    void readsBareNumbersInTablePColumns() {
        String table = String.join("\n",
                "Table 2 Patient characteristics by arm",
                "Characteristic\tArm A (n = 40)\tArm B (n = 42)\tP value",
                "Age, years\t61 (40-78)\t59 (35-80)\t.42",
                "Male sex\t30 (75%)\t28 (66.7%)\t0.310",
                "ECOG 0\t\t\t<.001",
                "Stage\t\t\t",
                "Tumour size >5 cm\t12\t15\t–",
                "Weight\t70.1\t68.3\tNS",
                "Albumin\t3.9\t4.0\t0.05*");
        List<Finding> all = extractor.extract(TestPassages.table(table), ExtractionContext.empty());
        assertEquals(List.of("= 0.42", "= 0.31", "< 0.001", "= 0.05"), found(TestPassages.table(table)));
        assertTrue(all.stream().allMatch(f -> ((Fact.PValue) f.fact()).inTable()));
        assertEquals("<.001", all.get(2).raw());
    }

    @Test
    void readsSeveralPColumnsUnderASecondHeaderRow() {
        String table = String.join("\n",
                "Adverse event\tArm A\t\tArm B\t\tP*\tP†",
                "\tGrade 1-2\tGrade 3\tGrade 1-2\tGrade 3\t\t",
                "Rash\t6 (17%)\t0\t0\t0\t.005\t1.0",
                "Nausea\t5 (14%)\t0\t4 (9%)\t0\t.41\t1.000");
        assertEquals(List.of("= 0.005", "= 1.0", "= 0.41", "= 1.0"), found(TestPassages.table(table)));
    }

    @Test
    void tableWithoutPColumnGivesNoBareNumbers() {
        String table = String.join("\n",
                "Characteristic\tArm A\tArm B",
                "Age\t0.61\t0.59",
                "Response rate (P = 0.02 between arms)\t40%\t20%");
        assertEquals(List.of("= 0.02"), found(TestPassages.table(table)));
    }

    @Test
    void longSentencesAreScannedInWindowsWithoutLosingOrDoublingMentions() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) sb.append("arm ").append(i % 10).append(" had P = 0.0").append(i % 9 + 1).append(", ");
        List<String> found = found(TestPassages.of(org.oncoev.corpus.PassageKind.BODY, sb.toString(),
                List.of(new org.oncoev.corpus.Span(0, sb.length()))));
        assertEquals(300, found.size());
    }
}
