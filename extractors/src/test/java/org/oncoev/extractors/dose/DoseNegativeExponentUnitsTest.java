package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Units written with negative exponents ({@code mg kg-1}, {@code mg m-2}) keep their per-weight or per-area form, a concentration
 * ({@code 52 μg ml-1}) is no dose, and a
 * power of ten that lost its superscript ({@code 3 × 106 IU}) is left out (sentences written for this test).
 */
class DoseNegativeExponentUnitsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trastuzumab 6 mg kg-1 was infused every three weeks.                    | trastuzumab 6 mg/kg
            Bevacizumab was given at 7.5 mg kg–1 on day 1.                          | bevacizumab 7.5 mg/kg
            Filgrastim 5 μg kg−1 was injected daily.                                | filgrastim 5 ug/kg
            Paclitaxel 175 mg m-2 ran over three hours.                             | paclitaxel 175 mg/m2
            Trough levels of trastuzumab reached 52 μg ml-1 after 6 mg kg-1.        | trastuzumab 6 mg/kg
            Interferon alfa 3 × 106 IU was injected three times a week.             | ''
            Interferon alfa 3 x 106 IU or a maximum 105 mg of cisplatin.            | cisplatin 105 mg
            """)
    void negativeExponentsKeepTheirDenominator(String sentence, String expected) {
        assertEquals(expected, DoseExtractorTest.keys(sentence));
    }
}
