package org.oncoev.extractors.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeedleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "arm|the second arm of the trial|0|11",
            "arm|the second arm of the trial|12|-1",
            "arm|arm|0|0",
            "arm|ar|0|-1",
            "arm|aarm farm|0|1",
            "arm|aarm farm|2|6",
            "live|alive and well|0|1",
            "live|alive and well|2|-1",
            "edian|Median and median|1|1",
            "edian|Median and median|2|12",
            "area under the|the area under the curve|0|4",
            "area under the|area under|0|-1",
            "group|a grou p|0|-1",
            "group|groupgroup|1|5",
            "vs|x vs y|-3|2",
            "vs|x vs y|99|-1"})
    void findsWhatIndexOfFinds(String needle, String hay, int from, int expected) {
        assertEquals(expected, Needle.of(needle).in(hay, from));
        assertEquals(hay.indexOf(needle, from), Needle.of(needle).in(hay, from));
    }

    @Test
    void emptyNeedleIsFoundWhereIndexOfFindsIt() {
        assertEquals(0, Needle.of("").in("abc"));
        assertEquals(2, Needle.of("").in("abc", 2));
    }

    /** Random texts over a small alphabet (many partial hits): every answer equals {@link String#indexOf(String, int)}. */
    @Test
    void agreesWithIndexOfOnRandomTexts() {
        Random random = new Random(7);
        String alphabet = "aemvz \u2013";
        for (String needle : List.of("a", "am", "ma", "vzz", "mama", "a a", "e\u2013m", "zvm ")) {
            Needle search = Needle.of(needle);
            for (int t = 0; t < 300; t++) {
                StringBuilder sb = new StringBuilder();
                int length = random.nextInt(40);
                for (int i = 0; i < length; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                String hay = sb.toString();
                for (int from = -1; from <= hay.length() + 1; from++) {
                    assertEquals(hay.indexOf(needle, from), search.in(hay, from), needle + " in '" + hay + "' from " + from);
                }
            }
        }
    }
}
