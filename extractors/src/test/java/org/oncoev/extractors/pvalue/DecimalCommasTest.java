package org.oncoev.extractors.pvalue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The literal search for a decimal-comma number answers as the regex it stands for. */
class DecimalCommasTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "0,", "0,5", "a 0,05 b", "10,5", "1.0,5", ",0,5", "0,a", "x0,1", "0,0,1", "(0,3)",
            "\u00e90,2", "1,250 patients", "p = 0,04;", "0,\u0663", "end 0"})
    void hasZeroCommaAgreesWithItsRegex(String text) {
        assertEquals(DecimalCommas.ZERO_COMMA.matcher(text).find(), DecimalCommas.hasZeroComma(text), text);
    }

    /** The view kept for the last text asked is never served for another text. */
    @Test
    void viewFollowsTheTextAsked() {
        String european = "HR 1,25 (0,95-1,60); P = 0,04; 1,250 patients";
        String english = "HR 1.25 (0.95-1.60); P = 0.04; 1,250 patients";
        String same = new String(european.toCharArray());
        for (int round = 0; round < 2; round++) {
            assertEquals(english, DecimalCommas.view(european));
            assertEquals(english, DecimalCommas.view(same));
            assertEquals("no comma 1,250", DecimalCommas.view("no comma 1,250"));
        }
    }
}
