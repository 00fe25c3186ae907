package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.corpus.Document;
import org.oncoev.extractors.cohort.TestDocuments;

/** Document arm labels and how mentions resolve onto them. */
class ArmResolverAndDetectorTest {
    private static final ArmResolver RESOLVER = new ArmResolver(
            List.of("ATRA plus FOLFOX4", "FOLFOX4", "Group A", "FOLFOX6"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ATRA+FOLFOX4|ATRA plus FOLFOX4",
            "FOLFOX4 only|FOLFOX4",
            "group A|Group A",
            "Arm B|Arm B",
            "sorafenib alone|sorafenib alone"})
    void resolvesMentions(String mention, String label) {
        assertEquals(label, RESOLVER.resolve(mention));
    }

    @Test
    void anAbbreviationMatchingTwoLabelsStaysAsWritten() {
        assertEquals("FOLFOX", RESOLVER.resolve("FOLFOX"));
        assertEquals("FOLFOX4", new ArmResolver(List.of("FOLFOX4", "ATRA plus FOLFOX4")).resolve("FOLFOX"));
    }

    @Test
    void detectsArmsFromGroupsSizesAndVerbs() {
        String text = "Patients were randomised to capecitabine plus oxaliplatin or capecitabine alone.\n"
                + "In the capecitabine plus oxaliplatin group, 12 patients had neutropenia; in the capecitabine alone "
                + "group, 4 did.\n"
                + "Characteristic\tXELOX (n = 60)\tCapecitabine alone (n = 58)\n"
                + "Group A received the higher dose and Group B the lower dose.\n";
        Document doc = TestDocuments.document("t.txt", text);
        List<String> arms = ArmDetector.detect(doc);
        assertTrue(arms.contains("capecitabine plus oxaliplatin"), arms.toString());
        assertTrue(arms.contains("capecitabine alone"), arms.toString());
        assertTrue(arms.contains("Group A") && arms.contains("Group B"), arms.toString());
        assertEquals(1, arms.stream().filter(a -> a.toLowerCase().contains("capecitabine alone")).count(), arms.toString());
    }

    @Test
    void aTreatmentNamedOnceByAVerbIsNotAnArm() {
        Document doc = TestDocuments.document("t.txt", "Two patients received antibiotics for fever.\n");
        assertEquals(List.of(), ArmDetector.detect(doc));
    }

    /** Without two treatment arms found otherwise, a design sentence's two alternatives are the arms. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Women were randomized to docetaxel followed by FEC (D-FEC) or FEC alone [4]. Toxicity was mild.|docetaxel followed by FEC;FEC alone",
            "In this trial patients were randomized to FOLFOX4 versus FOLFIRI, and relapse was recorded.|FOLFOX4;FOLFIRI",
            // a choice of drug inside an arm, then a third alternative: not two arms
            "Patients were randomised to capecitabine or gemcitabine plus radiotherapy (RT) (A), or gemcitabine plus cetuximab (B).|",
            // only one alternative
            "Patients were randomised to docetaxel every three weeks.|"})
    void designAlternativesAreArmsWhenNothingElseIs(String text, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
        assertEquals(want, ArmDetector.detect(TestDocuments.document("t.txt", text + "\n")), text);
    }
}
