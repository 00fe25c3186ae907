package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A drug written with a Spanish, Italian or Portuguese ending keeps its own dose: one letter from a lexicon name it is
 * that name, otherwise it stays as written; its dose never goes to the agent named before it (sentences written for
 * this test).
 */
class DoseForeignSpellingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Leucovorin 400 mg/m2, then carboplatino 300 mg/m2 on day 1.                    | leucovorin 400 mg/m2; carboplatin 300 mg/m2
            Docetaxel 60 mg/m2 and gemcitabina 900 mg/m2 were given on day 8.               | docetaxel 60 mg/m2; gemcitabine 900 mg/m2
            Prednisone 40 mg daily with metotrexato 15 mg weekly.                           | prednisone 40 mg; metotrexato 15 mg
            Epirubicin 90 mg/m2 plus ciclofosfamida 600 mg/m2 every 3 weeks.                | epirubicin 90 mg/m2; ciclofosfamida 600 mg/m2
            """)
    void aForeignEndingKeepsItsOwnDose(String sentence, String expected) {
        assertEquals(expected, DoseExtractorTest.keys(sentence));
    }
}
