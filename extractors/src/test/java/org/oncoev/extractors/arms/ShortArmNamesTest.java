package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labels completed with the arm's short name ({@link ShortArmNames}). */
class ShortArmNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "radiotherapy alone | radiotherapy alone;rt | radiotherapy alone (RT)",
        "CRT | crt;chemoradiotherapy | CRT",
        "weekly docetaxel | weekly docetaxel;weekly | weekly docetaxel",
        "observation | observation;obs arm | observation",
        "chemotherapy | chemotherapy;group b | chemotherapy (Group B)",
        "Arm A | arm a;ct | Arm A (CT)",
        "Group 2 | group 2 | Group 2",
    })
    void addsTheShortName(String label, String aliases, String expected) {
        assertEquals(expected, ShortArmNames.withShortName(new StudyArm(label, Arrays.asList(aliases.split(";")), null)));
    }
}
