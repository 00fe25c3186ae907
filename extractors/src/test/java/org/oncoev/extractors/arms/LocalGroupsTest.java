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
        "71% for patients without bulky disease (HR 1.5; P = .01) | without bulky disease",
        "31 months for all patients | ",
        "31 months (95% CI, 20-40) | ",
    })
    void namesTheGroupAfterAValue(String tail, String expected) {
        String sentence = "The rate was " + tail;
        int end = sentence.indexOf(' ', "The rate was ".length());
        assertEquals(expected, LocalGroups.after(sentence, end));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The 3-year rate for patients with bulky disease was 64% | bulky disease",
        "The 3-year rate for patients without bulky disease was about 71% | without bulky disease",
        "The 3-year rate for all patients was 64% | ",
        "The 3-year rate was 64% | "})
    void namesTheGroupBeforeAValue(String sentence, String expected) {
        assertEquals(expected, LocalGroups.before(sentence, sentence.lastIndexOf(' ') + 1));
    }
}
