package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oncoev.corpus.Document;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.cohort.CohortExtractor;
import org.oncoev.extractors.cohort.TestDocuments;

/** Analysis subsets in table headers and repeated arms under two wordings (documents written for this test). */
class DocumentChecksSubsetTest {
    private static final EvidenceExtraction EXTRACTION = new EvidenceExtraction(List.of(new CohortExtractor()));

    private static String accepted(String text) {
        Document doc = TestDocuments.document("d.txt", text);
        return EXTRACTION.extract(doc).stream().filter(Finding::accepted)
                .map(f -> ((Fact.Cohort) f.fact()).size() + (f.arm() == null ? "" : " " + f.arm()))
                .distinct().collect(Collectors.joining("|"));
    }

    @Test
    void aOneOffSmallerHeaderSizeOfAnArmIsAnAnalysisSubset() {
        String text = "A total of 110 patients were registered (56 in Arm A and 54 in Arm B).\n\n"
                + "Table 2 Toxicity\nEvent\tArm A (n = 56)\tArm B (n = 54)\tTotal (n = 110)\n\n"
                + "Table 3 Response\nResponse\tArm A (n = 51)\tArm B (n = 49)\tTotal (n = 100)\n\n"
                + "Table 4 Failure sites\nSite\tArm A (n = 56)\tArm B (n = 54)\tTotal (n = 110)\n";
        assertEquals("110|56 Arm A|54 Arm B", accepted(text));
    }

    @Test
    void aSizeRestatedAcrossTablesIsKeptEvenWhenSmallerThanTheRegisteredArm() {
        String text = "A total of 110 patients were registered (56 in Arm A and 54 in Arm B).\n\n"
                + "Table 2 Toxicity\nEvent\tArm A (n = 56)\tArm B (n = 53)\tTotal (n = 109)\n\n"
                + "Table 4 Failure sites\nSite\tArm A (n = 56)\tArm B (n = 53)\tTotal (n = 109)\n";
        assertEquals("110|56 Arm A|54 Arm B|53 Arm B|109", accepted(text));
    }

    @Test
    void theSizesOfASafetyTableAreTheSafetyPopulation() {
        String text = "A total of 110 patients were registered (56 in Arm A and 54 in Arm B).\n\n"
                + "Table 3 Response\nResponse\tArm A (n = 51)\tArm B (n = 54)\tTotal (n = 105)\n\n"
                + "Table 4 Adverse events of any grade\nEvent\tArm A (n = 55)\tArm B (n = 54)\tTotal (n = 109)\n";
        assertEquals("110|56 Arm A|54 Arm B|55 Arm A|109", accepted(text));
    }

    @Test
    void armRowsOfASmallerPopulationAreNoHeaderSubsets() throws Exception {
        String text = "A total of 400 patients were randomised; tissue was studied in 300 of them.\n\n"
                + "Table 1 Characteristics\nCharacteristic\tWhole trial\tMarker substudy\n"
                + "Sunitinib\t190 (47.5%)\t140 (46.7%)\nPlacebo\t210 (52.5%)\t160 (53.3%)\n";
        Document doc = org.oncoev.corpus.text.DocumentAssembler.assemble("d.txt", "txt", text, null, List.of());
        String found = EXTRACTION.extract(doc).stream().filter(Finding::accepted)
                .map(f -> ((Fact.Cohort) f.fact()).size() + (f.arm() == null ? "" : " " + f.arm()))
                .distinct().collect(Collectors.joining("|"));
        assertEquals("400|190 Sunitinib|140 Sunitinib|210 Placebo|160 Placebo", found);
    }

    @Test
    void oneArmUnderTwoWordingsKeepsTheFirstLabel() {
        String text = "We randomly assigned 640 patients to either a 2 cm excision margin (n=322) or a 4 cm excision "
                + "margin (n=318).\n\nEach patient thus had either a complete 2 cm surgical margin (n=322) "
                + "or a 4 cm surgical margin (n=318).\n";
        assertEquals("640|322 2 cm excision margin|318 4 cm excision margin", accepted(text));
    }
}
