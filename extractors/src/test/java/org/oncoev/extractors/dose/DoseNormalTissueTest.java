package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gy amounts that limit normal tissue (organ-at-risk constraints, dose-volume parameters, alpha/beta ratios) or
 * stand for another schedule (equivalent doses, scatter) are no regimen dose, while the prescription beside them
 * stays (sentences written for this test).
 */
class DoseNormalTissueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thoracic radiotherapy of 64 Gy kept the mean lung dose < 18 Gy.                         | radiotherapy 64 Gy
            The spinal cord maximum was limited to 44 Gy while the tumour received 70 Gy.           | radiotherapy 70 Gy
            Plans required lung V20 Gy below 30% and a heart volume receiving 25 Gy under 10%.      | ''
            The maximum dose to the brainstem was not to exceed 52 Gy.                              | ''
            An alpha/beta ratio of 3 Gy and 10 Gy was assumed for late and early effects.           | ''
            The boost of 16 Gy in 8 fractions was biologically equivalent to 18 Gy.                 | radiotherapy 16 Gy; radiotherapy 2 Gy
            Nodes received 45 Gy (or an equivalent dose of 25 fractions of 1.8 Gy).                 | radiotherapy 45 Gy; radiotherapy 1.8 Gy
            The planned EQD2 = 72 Gy came from five fractions of 8 Gy.                              | radiotherapy 8 Gy
            Ovarian doses in that cohort ranged from 0.2 to 3 Gy.                                   | ''
            Gonadal scatter doses were estimated at 1.5 Gy.                                         | ''
            Patients with lung cancer received 60 Gy in 30 fractions to the primary tumour.         | radiotherapy 60 Gy; radiotherapy 2 Gy
            The rectum was spared while the prostate received 74 Gy in 37 fractions.                | radiotherapy 74 Gy; radiotherapy 2 Gy
            """)
    void normalTissueLimitsAreNoRegimenDose(String sentence, String expected) {
        assertEquals(expected, DoseExtractorTest.keys(sentence));
    }
}
