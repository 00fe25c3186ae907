package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Role-word arms completed with the treatment bracketed after them ({@link GenericArmTreatments}). */
class GenericArmTreatmentsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // text | role | treatment read ('-' for none)
        "Relapse was seen in 12% of the control arm (observation only) at two years. | control | observation only",
        "Patients in the experimental group (drug X plus radiotherapy) had fewer relapses. | experimental | drug X plus radiotherapy",
        // a size, a letter or a reference is no treatment
        "Patients in the control arm (n = 40) were older. | control | -",
        "The control group (group B) received placebo. | control | -",
        "The control arm (see Table 2) was balanced. | control | -",
        // two treatments for one role: neither
        "The control arm (observation) and later the control arm (best supportive care) were compared. | control | ''",
    })
    void readsTheBracketedTreatment(String text, String role, String expected) {
        Map<String, String> out = new HashMap<>();
        GenericArmTreatments.read(text, out);
        assertEquals(expected.equals("-") ? null : expected, out.get(role));
    }
}
