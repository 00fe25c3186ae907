package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Volumes that carry a drug are no dose of it (Rulings: diluents are not doses), while a carrier given in a measured
 * amount keeps its own dose (sentences written for this test).
 */
class DoseDiluentsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Carboplatin was diluted in 500 mL of normal saline.                            | ''
            Irinotecan in 250 mL of 5% dextrose ran over 90 minutes.                       | ''
            Prehydration with 1500 mL preceded cisplatin 70 mg/m2.                         | cisplatin 70 mg/m2
            Folinic acid 400 mg/m2 was given in 250 mL of glucose before 5-FU.             | leucovorin 400 mg/m2
            An emulsion of 8 mL lipiodol and idarubicin 10 mg was injected.                | lipiodol 8 mL; idarubicin 10 mg
            Gemcitabine 800 mg/m2 in 100 mL NaCl 0.9% was given over half an hour.         | gemcitabine 800 mg/m2
            """)
    void aCarrierVolumeIsNoDoseOfTheDrug(String sentence, String expected) {
        assertEquals(expected, DoseExtractorTest.keys(sentence));
    }
}
