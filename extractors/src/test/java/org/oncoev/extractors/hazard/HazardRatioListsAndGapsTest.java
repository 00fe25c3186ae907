package org.oncoev.extractors.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.gold.TestPassages;

/** HRs listed after a first HR, HRs far from their phrase, and decimal commas. */
class HazardRatioListsAndGapsTest {
    private final HazardRatioExtractor extractor = new HazardRatioExtractor();

    private List<String> found(String sentence) {
        return extractor.extract(TestPassages.body(sentence), ExtractionContext.empty()).stream()
                .filter(Finding::accepted).map(f -> {
                    Fact.HazardRatio h = (Fact.HazardRatio) f.fact();
                    return h.ciLow() == null ? String.valueOf(h.value()) : h.value() + " [" + h.ciLow() + ", " + h.ciHigh() + "]";
                }).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The longer course gave HRs of 1.08 (0.89-1.31) for overall survival and 1.17 (0.94-1.40) for relapse."
                    + "|1.08 [0.89, 1.31];1.17 [0.94, 1.4]",
            "Adjusted HRs were 0.80 (95% CI 0.66-0.97) in the younger group and 0.91 (0.75-1.10) in the older group."
                    + "|0.8 [0.66, 0.97];0.91 [0.75, 1.1]",
            "The hazard ratio (HR) for cancer death for the shorter schedule compared with the longer schedule was 1.27 "
                    + "(95% CI 0.91-1.77; p = 0.16).|1.27 [0.91, 1.77]",
            "The hazard ratio for progression in patients with high expression compared with those whose tumours had low "
                    + "expression was 1.85 [1.20, 2.86].|1.85 [1.2, 2.86]",
            "Risk of death was lower with the combination (HR 0,72; 95% CI 0,61-0,85).|0.72 [0.61, 0.85]",
            "Relapse was less frequent after the boost (HR = 0,64, 95% CI: 0,50–0,82; p < 0,001).|0.64 [0.5, 0.82]"})
    void readsListedAndDistantHazardRatios(String sentence, String expected) {
        assertEquals(List.of(expected.split(";")), found(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a far value without a CI is not taken
            "The hazard ratio for death among patients who received the full planned course of radiotherapy was 2.1 times"
                    + " that of the others.|",
            // a number of patients intervenes: the look-ahead stops there
            "The hazard ratio for death in the 45 patients with nodal disease was 1.9 (1.1-3.2).|",
            // a list value without its own CI is not an HR
            "The HR was 0.70 (0.55-0.89) for overall survival and 12 months for the median follow-up.|0.7 [0.55, 0.89]",
            // an odds ratio in the list is not read as a second HR: it carries no CI directly after it
            "The HR was 0.70 (0.55-0.89) for overall survival and 0.45 of patients responded.|0.7 [0.55, 0.89]"})
    void doesNotOverreach(String sentence, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
        assertEquals(want, found(sentence));
    }
}
