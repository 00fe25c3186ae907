package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Misspelt drug names (written for this test) read as the lexicon drug they miss by one letter, and no further. */
class NearMissesTest {
    private static final NearMisses SPELLING = new NearMisses(Set.of("panitumumab", "pemetrexed", "cetuximab",
            "necitumumab", "ramucirumab", "olaratumab", "abc"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            panitumamab  | panitumumab
            panitumumabb | panitumumab
            pemetrxed    | pemetrexed
            cetuxiamb    | cetuximab
            ramucirumab  | ramucirumab
            raumcirumab  | ramucirumab
            ramucirunabb | ramucirunabb
            olaratuzumab | olaratuzumab
            petuximab    | petuximab
            abd          | abd
            """)
    void correctsOneLetter(String written, String expected) {
        assertEquals(expected, SPELLING.correct(written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Patients received panitumamab 6 mg/kg every two weeks.              | panitumumab 6 mg/kg
            Cetuximab 400 mg/m2 was followed by cetuximab 250 mg/m2 weekly.     | cetuximab 400 mg/m2; cetuximab 250 mg/m2
            Bevacizimab 7.5 mg/kg was given every three weeks.                  | bevacizumab 7.5 mg/kg
            Gemcitabin 1250 mg/m2 was infused on days 1 and 8.                  | gemcitabine 1250 mg/m2
            Doxorubicine 50 mg/m2 was given on day 1.                           | doxorubicin 50 mg/m2
            Clinicians could prescribe 8 mg of dexamethasone daily.             | dexamethasone 8 mg
            """)
    void aMisspeltDrugKeepsItsDose(String sentence, String expected) {
        assertEquals(expected, DoseExtractorTest.keys(sentence));
    }
}
