package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncoev.corpus.Document;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.cohort.CohortExtractor;
import org.oncoev.extractors.cohort.TestDocuments;

/** Document-level checks run by {@link EvidenceExtraction} on cohort findings. */
class DocumentChecksTest {
    private static final EvidenceExtraction EXTRACTION = new EvidenceExtraction(List.of(new CohortExtractor()));

    private static List<Finding> run(String text) {
        Document doc = TestDocuments.document("d.txt", text);
        return EXTRACTION.extract(doc);
    }

    @Test
    void armLargerThanTheStatedTotalIsRejectedWithItsReason() {
        List<Finding> f = run("A total of 60 patients were enrolled.\n"
                + "Overall, 31 patients received sorafenib alone in the sorafenib alone group.\n"
                + "In all, 290 patients received sorafenib plus TACE in the sorafenib plus TACE group.\n");
        Finding big = f.stream().filter(x -> size(x) == 290).findFirst().orElseThrow();
        assertFalse(big.accepted());
        assertTrue(big.rejectedReason().contains("exceeds the stated total of 60"), big.rejectedReason());
        assertTrue(f.stream().filter(x -> size(x) == 31).allMatch(Finding::accepted));
    }

    @Test
    void contradictoryArmSizesAreBothKeptWithTheirOwnProvenance() {
        List<Finding> f = run("We analyzed 82 patients, among whom 35 were treated with TACE plus IMRT alone and 47 were "
                + "treated with TACE, IMRT and sorafenib.\n"
                + "Of these, 35 patients received TACE plus IMRT plus sorafenib, while the remaining 47 patients "
                + "received TACE plus IMRT alone.\n"
                + "Characteristic\tTACE plus IMRT plus sorafenib (n = 35)\tTACE plus IMRT (n = 47)\n");
        List<Finding> thirtyFive = f.stream().filter(x -> size(x) == 35).toList();
        assertEquals(3, thirtyFive.size());
        assertTrue(thirtyFive.stream().allMatch(Finding::accepted));
        assertFalse(thirtyFive.get(0).arm().equals(thirtyFive.get(1).arm()), thirtyFive.toString());
        assertFalse(thirtyFive.get(0).passageOrdinal() == thirtyFive.get(1).passageOrdinal());
    }

    @Test
    void citedStudiesAreMarkedAndNotCheckedAgainstTheOwnTotal() {
        List<Finding> f = run("In this study, 40 patients were enrolled.\n"
                + "Smith et al. randomized 500 patients to sorafenib alone in the sorafenib alone group.\n");
        Finding cited = f.stream().filter(x -> size(x) == 500).findFirst().orElseThrow();
        assertTrue(cited.cited());
        assertTrue(cited.accepted());
        assertFalse(f.stream().filter(x -> size(x) == 40).findFirst().orElseThrow().cited());
    }

    @Test
    void aRepeatedArmSizeWithoutItsArmTakesTheArm() {
        List<Finding> f = run("There were 30 patients who received FOLFOX4 alone in the FOLFOX4 alone group and 28 "
                + "with ATRA plus FOLFOX4 in the ATRA plus FOLFOX4 group.\n"
                + "Among the 30 patients, 4 responded.\n");
        assertTrue(f.stream().filter(x -> size(x) == 30).allMatch(x -> "FOLFOX4 alone".equals(x.arm())), f.toString());
    }

    private static int size(Finding f) {
        return ((Fact.Cohort) f.fact()).size();
    }
}
