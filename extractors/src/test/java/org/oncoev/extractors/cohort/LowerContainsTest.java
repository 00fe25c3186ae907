package org.oncoev.extractors.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link LowerContains} answers as the lowered copy's {@code contains} does, also around letters that lower to ASCII. */
class LowerContainsTest {
    private static final String[] WORDS = {" group", " arm", "randomi", "receiv", " for "};
    private static final List<String> TEXTS = List.of(
            "Patients were RANDOMIZED to two arms.", "50 in the control Group and 52 in the drug ARM",
            "No trigger word in this sentence at all.", "randomİ", "randomİzed", "RECEİVED drug X",
            "rece\u0131ved", "\u212Aept for two", "tr\u00e9atment for 2 weeks", "Data FOR 12 patients",
            "ra\u0307ndomi", "", "arm", " ar", "assigned to a\u00e9 group", "\u00e9\u00e9 Randomi\u00e9");

    @Test
    void agreesWithTheLoweredCopy() {
        LowerContains words = new LowerContains(WORDS);
        for (String t : TEXTS) {
            String lower = t.toLowerCase(Locale.ROOT);
            boolean expected = false;
            for (String w : WORDS) expected |= lower.contains(w);
            assertEquals(expected, words.in(t), t);
        }
    }
}
