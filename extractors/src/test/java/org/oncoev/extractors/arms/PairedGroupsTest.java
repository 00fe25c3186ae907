package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pairs whose groups are written short ({@link PairedGroups}). */
class PairedGroupsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        " (95% CI 40-52%) for high QX7. | a low QX7 | high QX7",
        "% for the high QX7 subgroup. | low QX7 | NONE",
        " months for QX7-positive tumours. | QX7-negative tumours | QX7-positive tumours",
        "% for high grade. | a low QX7 | NONE",
        "% for QX7. | a low QX7 | NONE",
        "% in 2019. | a low QX7 | NONE",
    })
    void theSecondGroupWrittenWithoutItsHead(String after, String first, String expected) {
        assertEquals(expected, PairedGroups.elided(after, first));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The corresponding figures for overall survival were 71% versus 60%. | true",
        "The corresponding rates at five years were 71% and 60%. | true",
        "Overall survival was 71% versus 60%. | false",
    })
    void aSentenceGivingTheCorrespondingFigures(String sentence, boolean expected) {
        assertEquals(expected, PairedGroups.correspondsBack(sentence));
    }
}
