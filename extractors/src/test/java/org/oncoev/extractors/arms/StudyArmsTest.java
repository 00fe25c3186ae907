package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Document;
import org.oncoev.extractors.cohort.TestDocuments;

/** The arms of a document ({@link ArmCatalog}) and where a sentence names them ({@link StudyArms#mentions}). */
class StudyArmsTest {

    private static StudyArms arms(String text) {
        Document doc = TestDocuments.document("d.txt", text);
        return ArmCatalog.build(doc, ArmDetector.detect(doc));
    }

    static Stream<Arguments> catalogs() {
        return Stream.of(
                Arguments.of("Patients were randomly assigned to weekly paclitaxel or 3-weekly paclitaxel.\n"
                        + "Toxicity was lower in the weekly group than in the 3-weekly group.\n"
                        + "Dose delays were rare in the weekly group and common in the 3-weekly group.\n",
                        List.of("weekly", "3-weekly")),
                Arguments.of("We randomised patients to the XRT and CHX arms.\n"
                        + "Fatigue was frequent in the CHX arm.\n",
                        List.of("XRT", "CHX")),
                Arguments.of("Patients received chemotherapy plus panitumumab (CP) or chemotherapy alone.\n"
                        + "Rash was frequent in the CP arm, and survival in the CP arm was longer than in the "
                        + "chemotherapy alone arm.\nThe chemotherapy plus panitumumab arm had more rash than the "
                        + "chemotherapy alone arm.\n",
                        List.of("chemotherapy plus panitumumab")));
    }

    @ParameterizedTest
    @MethodSource("catalogs")
    void catalogHoldsTheArmsThePaperNames(String text, List<String> expected) {
        StudyArms arms = arms(text);
        for (String name : expected) assertTrue(arms.indexOf(name) >= 0, name + " not in " + arms.labels());
    }

    @Test
    void anAbbreviationDefinedAfterANameIsThatArm() {
        StudyArms arms = arms("Patients received chemotherapy plus panitumumab (CP) or chemotherapy alone.\n"
                + "Rash was frequent in the CP arm and survival in the CP arm was longer than in the chemotherapy alone arm.\n"
                + "Most patients of the chemotherapy plus panitumumab arm had rash.\n");
        assertEquals(arms.indexOf("chemotherapy plus panitumumab"), arms.indexOf("CP"), arms.arms().toString());
    }

    @Test
    void theDesignSentenceOrdersTheRandomisedArms() {
        StudyArms arms = arms("Patients were randomised to the XRT arm or the CHX arm.\n"
                + "Fatigue was frequent in the CHX arm and rare in the XRT arm.\n");
        assertTrue(arms.randomised());
        assertEquals(List.of(arms.indexOf("XRT"), arms.indexOf("CHX")), arms.primary());
    }

    @Test
    void aShortFormDefinedInBracketsIsNoArmOfTheDesignSentence() {
        StudyArms arms = arms("In all, 200 were randomly assigned to the XRT arm and 198 to the no-growth-factor (GF) control arm.\n"
                + "Fatigue was frequent in the XRT arm and rare in the control arm.\n"
                + "Growth factors were given in the GF and control groups of another study.\n");
        assertEquals(List.of(arms.indexOf("XRT"), arms.indexOf("control")), arms.primary(), arms.arms().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the rate was 40% in the weekly group and 30% in the 3-weekly group | weekly;3-weekly",
        "in arms A and B, respectively | Arm A;Arm B",
        "patients of the weekly paclitaxel plus trastuzumab group | ",
    })
    void mentionsFollowTheSentence(String sentence, String expected) {
        StudyArms arms = new StudyArms(List.of(new StudyArm("weekly", List.of("weekly"), null),
                new StudyArm("3-weekly", List.of("3-weekly"), null),
                new StudyArm("Arm A", List.of("arm a"), null), new StudyArm("Arm B", List.of("arm b"), null)), true);
        List<String> found = new ArrayList<>();
        for (StudyArms.Mention m : arms.mentions(sentence)) found.add(arms.arms().get(m.arm()).label());
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), found);
    }
}
