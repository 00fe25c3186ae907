package org.oncoev.extractors.hazard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.oncoev.extractors.text.ScanAgreement;

/** The hazard-ratio readers' shortcuts answer as the regexes they stand for: a region without an HR word has no HR match. */
class HazardShortcutsTest {
    private static final List<String> EXTRA = List.of(
            "OS improved (HR = 0.72, 95% CI 0.61-0.85; P < .001); the adjusted hazard ratio for death was 0.70",
            "aHR 1.52; 95% CI, 1.1\u20132.1; sHR 0.8; HRadj 0.9; AHR: 1.2; Hazard Ratio (95% CI) 0.67 (0.52-0.87)",
            "HRs were 0.5 and 0.6; hazard ratios of 0.81 vs 0.92; multivariable HR, 2.1 (1.3 to 3.4); no ratio here 0.5");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no ratio in this line|''",
            "HR 0.5 and hazard 0.6|0 12",
            "aHRs; HRHR; Hazards|1 6 8 13",
            "HAZARD hr|''"})
    void positionsOfHrAndAzard(String text, String expected) {
        int[] want = expected.isEmpty() ? new int[0] : java.util.Arrays.stream(expected.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(want, HazardSyntax.hrWords(text));
    }

    @ParameterizedTest
    @CsvSource({"5, 9, false", "5, 10, true", "0, 3, true", "3, 5, false", "11, 20, false", "10, 11, true"})
    void anyInIsHalfOpen(int from, int to, boolean expected) {
        assertEquals(expected, HazardSyntax.anyIn(new int[] {2, 9, 10}, from, to));
    }

    @Test
    void everyMatchHoldsAnHrWord() {
        int matched = 0;
        for (String s : ScanAgreement.texts(EXTRA)) {
            int[] words = HazardSyntax.hrWords(s);
            Matcher m = HazardSyntax.HR.matcher(s).useTransparentBounds(true);
            for (int from = 0; from < s.length(); from += 3) {
                for (int to = from + 1; to <= s.length(); to += 5) {
                    if (!m.region(from, to).find()) continue;
                    matched++;
                    assertTrue(HazardSyntax.anyIn(words, from, to), "[" + from + ", " + to + ") of " + s);
                }
            }
        }
        assertTrue(matched > 20, "the texts exercise the regex");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.20|0|1|2", "31.20|0|2|2", "31.20|1|1|2", "x1.2|1|1|1", "1,20|0|1|2", "1.2|0|1|2", "12.345|0|2|3", "\u0661.20|0|1|2",
            "1.2a|0|1|2", "|0|1|1"})
    void isDecimalAsItsRegex(String text, int at, int whole, int dec) {
        String t = text == null ? "" : text;
        boolean regex = at + whole + 1 + dec <= t.length()
                && t.substring(at, at + whole + 1 + dec).matches("\\d{" + whole + "}\\.\\d{" + dec + "}");
        assertEquals(regex, GluedEstimates.isDecimal(t, at, whole, dec), t);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"hazard|0", "hazard|1", "zard hazard|0", "Hazard azard|2", "lizard zard|0", "azar|0", "|0", "hazard|5"})
    void azardAtAsIndexOf(String text, int from) {
        String t = text == null ? "" : text;
        assertEquals(t.indexOf("azard", from), HazardSyntax.azardAt(t, from), t);
    }
}
