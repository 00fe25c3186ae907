package org.oncoev.extractors.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A caption glued before an arm name in a flattened table header is cut; arm names themselves are kept whole. */
class TableCaptionCutTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tumour response in the safety setDrug A + drug B|Drug A + drug B",
            "Baseline characteristics. Observation|Observation",
            "Adverse events by armSunitinib|Sunitinib",
            "Twice-weekly infusion|Twice-weekly infusion",
            "Drug A + drug B|Drug A + drug B",
            "McDermott regimen|McDermott regimen",
            "FOLFOX-4|FOLFOX-4",
            "endpoint.X|endpoint.X"})
    void cutsGluedCaption(String header, String arm) {
        assertEquals(arm, TableArmSizes.withoutCaption(header));
    }
}
