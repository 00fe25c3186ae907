package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An amount headed by a drug the lexicon lacks is no dose of an agent named earlier in the sentence, while amounts
 * that only continue a listed agent's doses keep it (sentences written for this test).
 */
class DoseUnlistedHeadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Patients took aspirin (100 mg) daily and clopidrone (75 mg) for a month.             | aspirin 100 mg
            Erlotinib 150 mg was combined with either minocycline 100 mg or a topical cream.     | erlotinib 150 mg
            Sunitinib 50 mg caused fever, treated with the antipyretic dipyrazone (500 mg).      | sunitinib 50 mg
            Irinotecan 180 mg/m2 on the biweekly schedule (150 mg/m2 in elderly patients).       | irinotecan 180 mg/m2; irinotecan 150 mg/m2
            Gemcitabine 1000 mg/m2 was given, then 800 mg/m2 after toxicity.                     | gemcitabine 1000 mg/m2; gemcitabine 800 mg/m2
            Cisplatin 75 mg/m2 on day 1, with a reduction to 60 mg/m2 in later cycles.           | cisplatin 75 mg/m2; cisplatin 60 mg/m2
            Docetaxel was given at 75 mg/m2 or, in frail patients, 60 mg/m2.                     | docetaxel 75 mg/m2; docetaxel 60 mg/m2
            """)
    void anUnlistedHeadKeepsItsAmount(String sentence, String expected) {
        assertEquals(expected, DoseExtractorTest.keys(sentence));
    }
}
