package org.oncoev.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Normalisation and the offset map, one case per construct: expected text, and a sub-span's source slice. */
class TextNormalizerTest {

    /** source, expected normalised text, a substring of the normalised text, the source slice it must map to. */
    static Stream<Arguments> prose() {
        return Stream.of(
                Arguments.of("Median OS differed ($P < .001$).", "Median OS differed (P < .001).", "P < .001", "$P < .001$"),
                Arguments.of("with a count $\\geq 3000/\\text{mL}$ at entry", "with a count ≥ 3000/mL at entry", "≥ 3000/mL", "$\\geq 3000/\\text{mL}$"),
                Arguments.of("the hazard was lower ($p=0.021$) overall", "the hazard was lower (p=0.021) overall", "p=0.021", "$p=0.021$"),
                Arguments.of("WBC $\\geq 3.5 \\times 10^9$ cells/L", "WBC ≥ 3.5 × 10^9 cells/L", "3.5 × 10^9", "3.5 \\times 10^9$"),
                Arguments.of("dose $\\leq 40$ mg $\\pm$ 5", "dose ≤ 40 mg ± 5", "≤ 40", "$\\leq 40$"),
                Arguments.of("was significant (*P* = .024).", "was significant (P = .024).", "P = .024", "*P* = .024"),
                Arguments.of("a **marked** benefit", "a marked benefit", "marked", "**marked**"),
                Arguments.of("<i>P</i> = .31 in the subgroup", "P = .31 in the subgroup", "P = .31", "<i>P</i> = .31"),
                Arguments.of("is a common tumour worldwide.¹ Incidence rises", "is a common tumour worldwide. Incidence rises", "worldwide.", "worldwide.¹"),
                Arguments.of("remission rates.⁵⁻⁷ Later work", "remission rates. Later work", "rates.", "rates.⁵⁻⁷"),
                Arguments.of("as reported^{9,10} that patients", "as reported that patients", "reported that", "reported^{9,10} that"),
                Arguments.of("limited evidence.^{11–13} Further", "limited evidence. Further", "evidence.", "evidence.^{11–13}"),
                Arguments.of("curative options.^[4] Most", "curative options. Most", "options.", "options.^[4]"),
                Arguments.of("prior trials$^{2}$ showed", "prior trials showed", "trials", "trials$^{2}$"),
                Arguments.of("given at 85 mg/m² on day 1", "given at 85 mg/m2 on day 1", "85 mg/m2", "85 mg/m²"),
                Arguments.of("P = 5.81 × 10⁻⁴⁸ overall", "P = 5.81 × 10^-48 overall", "10^-48", "10⁻⁴⁸"),
                Arguments.of("P = 2.1 × 10^{-6} overall", "P = 2.1 × 10^-6 overall", "10^-6", "10^{-6}"),
                Arguments.of("the χ^2 test was used", "the χ2 test was used", "χ2 test", "χ^2 test"),
                Arguments.of("a difference of −2.4 points", "a difference of -2.4 points", "-2.4", "−2.4"),
                Arguments.of("aged 31–78 years", "aged 31–78 years", "31–78", "31–78"),
                Arguments.of("HR 0·71 (95% CI 0·58–0·87)", "HR 0.71 (95% CI 0.58–0.87)", "0.58–0.87", "0·58–0·87"),
                Arguments.of("median\u00A0age\u2009was 61", "median age was 61", "age was", "age\u2009was"),
                Arguments.of("first line\nsecond   line", "first line second line", "line second", "line\nsecond"),
                Arguments.of("a non-\ncoding RNA", "a non-coding RNA", "non-coding", "non-\ncoding"),
                Arguments.of("the \uFB01rst cohort", "the first cohort", "first", "\uFB01rst"),
                Arguments.of("patients’ “response”", "patients' \"response\"", "\"response\"", "“response”"),
                Arguments.of("see <https://example.org/a> for data", "see https://example.org/a for data", "https://example.org/a", "<https://example.org/a>"),
                Arguments.of("dose 10<sup>3</sup> units", "dose 10^3 units", "10^3", "10<sup>3</sup>"),
                Arguments.of("prior data<sup>4,5</sup> suggest", "prior data suggest", "data", "data<sup>4,5</sup>"),
                Arguments.of("imaged with <sup>11</sup>C-choline PET", "imaged with 11C-choline PET", "11C", "<sup>11</sup>C"),
                Arguments.of("staged by (<sup>68</sup>Ga) scans", "staged by (68Ga) scans", "68Ga", "<sup>68</sup>Ga"),
                Arguments.of("as shown before <sup>7</sup> Patients", "as shown before Patients", "before", "before"),
                Arguments.of("soft\u00ADhyphen and zero\u200Bwidth", "softhyphen and zerowidth", "zerowidth", "zero\u200Bwidth"),
                Arguments.of("cost $500 and $700 total", "cost $500 and $700 total", "$500", "$500"),
                Arguments.of("ratio $\\frac{1}{2}$ here", "ratio 1/2 here", "1/2", "$\\frac{1}{2}$"),
                Arguments.of("imaged with ¹⁸F-FDG before surgery", "imaged with 18F-FDG before surgery", "18F-FDG", "¹⁸F-FDG"),
                Arguments.of("grown under ^{13}C labelled air", "grown under 13C labelled air", "13C", "^{13}C"),
                Arguments.of("a dose of <sup>99m</sup>Tc was given", "a dose of 99mTc was given", "99mTc", "<sup>99m</sup>Tc"),
                Arguments.of("yield in g plant^{−1} was lower", "yield in g plant^-1 was lower", "plant^-1", "plant^{−1}"),
                Arguments.of("as shown before ^{7} in mice", "as shown before in mice", "before in", "before ^{7} in"),
                Arguments.of("*These authors contributed equally", "*These authors contributed equally", "These", "These"));
    }

    @ParameterizedTest
    @MethodSource("prose")
    void normalisesAndMapsBack(String source, String expected, String sub, String expectedSlice) {
        NormalizedText n = TextNormalizer.normalize(source);
        assertEquals(expected, n.text());
        assertMonotonic(n);
        int i = n.text().indexOf(sub);
        assertTrue(i >= 0, "sub-span present");
        String slice = source.substring(n.sourceStart(i), n.sourceEnd(i + sub.length() - 1));
        assertEquals(expectedSlice, slice);
        String whole = source.substring(n.sourceStart(0), n.sourceEnd(n.length() - 1));
        assertEquals(expected, TextNormalizer.normalize(whole).text(), "whole slice normalises back");
    }

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("Arm\tN\tP\nA\t12\t.03\nB\t\t.40\n", "Arm\tN\tP\nA\t12\t.03\nB\t\t.40", "B\t\t.40", "B\t\t.40"),
                Arguments.of("| Arm | N |\n|---|---|\n| A | 12 |\n", "Arm\tN\nA\t12", "A\t12", "A | 12"),
                Arguments.of("Age\t<i>P</i>\n≤50\t.62\n\n", "Age\tP\n≤50\t.62", "Age\tP", "Age\t<i>P</i>"));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void tablesKeepRowsAndCells(String source, String expected, String sub, String expectedSlice) {
        NormalizedText n = TextNormalizer.normalize(source, 0, source.length(), true);
        assertEquals(expected, n.text());
        assertMonotonic(n);
        int i = n.text().indexOf(sub);
        assertEquals(expectedSlice, source.substring(n.sourceStart(i), n.sourceEnd(i + sub.length() - 1)));
    }

    static void assertMonotonic(NormalizedText n) {
        for (int i = 0; i < n.length(); i++) {
            assertTrue(n.sourceStart(i) <= n.sourceEnd(i), "range " + i);
            if (i > 0) {
                assertTrue(n.sourceStart(i - 1) <= n.sourceStart(i), "starts non-decreasing at " + i);
                assertTrue(n.sourceEnd(i - 1) <= n.sourceEnd(i), "ends non-decreasing at " + i);
            }
        }
    }
}
