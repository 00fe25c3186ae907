package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Groups named right after a value ({@link LocalGroups}). */
class LocalGroupsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "58% for the 5 mm group | 5 mm group",
        "31 months for KRAS-mutant patients | KRAS-mutant",
        "64% for patients with bulky disease, | bulky disease",
        "71% for patients without bulky disease. | without bulky disease",
        "31 months for all patients | ",
        "31 months (95% CI, 20-40) | ",
    })
    void namesTheGroupAfterAValue(String tail, String expected) {
        String sentence = "The rate was " + tail;
        int end = sentence.indexOf(' ', "The rate was ".length());
        assertEquals(expected, LocalGroups.after(sentence, end));
    }
}
