package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Arm names continued by the treatment all arms share ({@link SharedBackbone}). */
class SharedBackboneTest {

    private static StudyArm arm(String label) {
        return new StudyArm(label, List.of(label.toLowerCase(java.util.Locale.ROOT)), null);
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("Of the analysed patients, 120 were treated with drugumab plus RT/cisplatin and 118 with placebo plus RT/cisplatin.",
                        Map.of(0, "drugumab plus RT/cisplatin", 1, "placebo plus RT/cisplatin")),
                // the backbone in the words most arms use
                Arguments.of("We gave placebo plus radiotherapy/cisplatin. Later, drugumab plus RT/cisplatin and placebo plus RT/cisplatin were compared.",
                        Map.of(0, "drugumab plus RT/cisplatin", 1, "placebo plus RT/cisplatin")),
                // only one arm continued: no shared backbone
                Arguments.of("Patients received drugumab plus cisplatin, or placebo.", Map.of()),
                // a continuation naming the other arm is a comparison, not a backbone
                Arguments.of("Drugumab plus placebo was compared with placebo plus drugumab.", Map.of()));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void continuesArmNamesWithTheSharedTreatment(String text, Map<Integer, String> expected) {
        List<StudyArm> arms = List.of(arm("drugumab"), arm("placebo"));
        assertEquals(expected, SharedBackbone.of(arms, List.of(text), List.of(text.toLowerCase(java.util.Locale.ROOT))));
    }
}
