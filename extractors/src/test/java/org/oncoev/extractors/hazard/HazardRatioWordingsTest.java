package org.oncoev.extractors.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.corpus.Passage;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.corpus.text.DocumentAssembler;

/** HR wordings (read through the normaliser: {@code 1·12} is {@code 1.12}) with something between the phrase, the value and the CI (sentences written for the project). */
class HazardRatioWordingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Survival did not differ (HR 1·12 in favour of the observation group, 95% CI 0·93–1·35; p=0·23).|1.12[0.93,1.35]",
            "The HR was 0.85 favouring the combination, 95% CI 0.70-1.03.|0.85[0.7,1.03]",
            "The HRs (95% CIs) were 0.58 (0.31–1.09) for the high-expression subgroup and 0.91 (0.62–1.33) for the low-expression subgroup.|0.58[0.31,1.09] 0.91[0.62,1.33]",
            "Progression was delayed (PFS HR (drug vs placebo): 0.74, 95% (0.60–0.91)).|0.74[0.6,0.91]",
            "Mortality was similar (HR = 1.03) across centres.|1.03[null,null]",
            "The rate of response was 45% (95% CI 35-55) in the combination arm.|",
            // a CI printed bare after a comma, as some journals do after the first labelled one
            "Relapses were fewer with the new schedule (HR 0.61, 0.45–0.83, p=0.002).|0.61[0.45,0.83]",
            "Deaths did not differ (HR 1.08, 0.80-1.46; p=0.61) between the groups.|1.08[0.8,1.46]",
            "Local failure was rarer (HR 0.70, 0.52–0.94) after the boost.|0.7[0.52,0.94]",
            // not a CI: a range that does not hold the value, or numbers going on after it
            "The HRs were 0.61, 0.75–0.90 across the three strata.|0.61[null,null]",
            "Mortality was similar (HR 0.92, 0.95-0.99) in the sensitivity models.|0.92[null,null]",
            "Mortality was similar (HR 0.92, 0.85-0.99 in the sensitivity models).|0.92[null,null]"})
    void readsTheValueAndItsCi(String sentence, String expected) throws Exception {
        assertEquals(expected == null ? "" : expected, read(sentence, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a reference level printed as a bare 1.00 beside each group's estimate is no hazard ratio
            "Outcome\\tControl\\tScreened\\nCases, n\\t31\\t45\\nAdjusted HR (95% CI)\\t1.00\\t1.38 (0.87, 2.19)\\n|1.38[0.87,2.19]",
            "Factor\\tHR (95% CI)\\tP\\nArm B vs A\\t0.77 (0.60–0.99)\\t0.04\\nAge < 65\\t1\\t\\nAge ≥ 65\\t1.31 (1.02–1.68)\\t0.03\\n|0.77[0.6,0.99] 1.31[1.02,1.68]"})
    void skipsReferenceLevelsInTables(String table, String expected) throws Exception {
        assertEquals(expected, read("Table 3 Hazard ratios by group\n" + table.replace("\\t", "\t").replace("\\n", "\n"), true));
    }

    private static String read(String text, boolean table) throws Exception {
        Passage p = DocumentAssembler.assemble("t.txt", "txt", text, null, List.of()).passages().stream()
                .filter(x -> !table || x.kind() == org.oncoev.corpus.PassageKind.TABLE).findFirst().orElseThrow();
        List<Finding> found = new HazardRatioExtractor().extract(p, ExtractionContext.empty());
        return found.stream().map(f -> {
            Fact.HazardRatio h = (Fact.HazardRatio) f.fact();
            return h.value() + "[" + h.ciLow() + "," + h.ciHigh() + "]";
        }).collect(Collectors.joining(" "));
    }
}
