package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code with (X) or without (Y) agent} designs ({@link PerArmFacts#withArm}) and letter-first arm names. */
class WithOrWithoutTest {
    private static final StudyArms ARMS = new StudyArms(List.of(
            new StudyArm("TK", List.of("TK"), null), new StudyArm("Group B", List.of("group b", "b group"), null)), true, List.of(0, 1));

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "All received paclitaxel 80 mg/m2 with (TK group) or without (B group) intravenous tarvokinib for 30 min. | tarvokinib | TK",
        "All received paclitaxel 80 mg/m2 with (TK group) or without (B group) intravenous tarvokinib for 30 min. | paclitaxel | NONE",
        "All received paclitaxel with (group TK) or without (group B) tarvokinib. | tarvokinib | TK",
        "All received paclitaxel with (TK) or without (TK arm) tarvokinib. | tarvokinib | NONE",
        "Outcomes with (TK group) or without (B group) dose delays were similar. | tarvokinib | NONE",
    })
    void theArmWrittenWithTheAgent(String text, String agent, String expected) {
        int arm = PerArmFacts.withArm(PerArmFacts.withOrWithoutDesigns(text), agent, ARMS);
        assertEquals(expected, arm < 0 ? null : ARMS.arms().get(arm).label());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "Group B | b group", "arm C | c arm", "Cohort 2 | 2 cohort", "Group A | NONE", "Group I | NONE", "TK group | NONE"})
    void aLetteredArmIsAlsoWrittenLetterFirst(String form, String expected) {
        assertEquals(expected, ArmCatalog.letterFirst(form));
    }
}
