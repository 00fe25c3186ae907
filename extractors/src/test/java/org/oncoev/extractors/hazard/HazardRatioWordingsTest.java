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
            "The rate of response was 45% (95% CI 35-55) in the combination arm.|"})
    void readsTheValueAndItsCi(String sentence, String expected) throws Exception {
        Passage p = DocumentAssembler.assemble("t.txt", "txt", sentence, null, List.of()).passages().get(0);
        List<Finding> found = new HazardRatioExtractor().extract(p, ExtractionContext.empty());
        String got = found.stream().map(f -> {
            Fact.HazardRatio h = (Fact.HazardRatio) f.fact();
            return h.value() + "[" + h.ciLow() + "," + h.ciHigh() + "]";
        }).collect(Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected, got);
    }
}
