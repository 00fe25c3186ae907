package org.oncoev.extractors.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncoev.extractors.text.ScanAgreement;

/** The one-pass word gates say what each gate's own search says, on every sentence and its variants. */
class SegmentWordsTest {
    private static final List<String> SENTENCES = List.of(
            "A total of 82 HCC patients were enrolled; grade 3 toxicity in 4 of the 40 subjects, respectively.",
            "Of whom 12 were randomised to the drug arm and 13 to the control group; safety for 30 cases.",
            "Among them, 40 received B; adverse events in 9 pts; ToXiCiTy; SAFETY; Respectively; AMONG THEM.",
            "twelve individuals, 5 volunteers, 8\tchildren and 14\nadults; 20 for each; allocated, assigned, cohort",
            "no gate word here at all", "", " men", "whom", "xarm 3 xgroup receivedx", "ofthe of  the amongthem");

    @Test
    void groupsAgreeWithTheGates() {
        List<String> texts = new ArrayList<>(ScanAgreement.texts(SENTENCES));
        for (String s : texts) {
            int words = SegmentWords.of(s);
            assertEquals(SegmentGates.nounAfterSpace(s), (words & SegmentWords.NOUN) != 0, "noun: " + s);
            assertEquals(SegmentGates.relativeLead(s), (words & SegmentWords.RELATIVE) != 0, "relative: " + s);
            // no trigger word folded: no trigger; else the triggers are read as before
            if ((words & SegmentWords.TRIGGER) == 0) assertEquals(0, ListTriggers.of(s), "trigger: " + s);
            // no run word folded: no run at all
            if ((words & SegmentWords.RUN) == 0) assertEquals(List.of(), ArmSplits.runs(s), "run: " + s);
        }
    }

    @Test
    void wordsOfEveryGroupAreFound() {
        assertEquals(SegmentWords.NOUN | SegmentWords.RELATIVE | SegmentWords.TRIGGER | SegmentWords.RUN,
                SegmentWords.of("of whom 3 patients in the arm had toxicity"));
        assertEquals(SegmentWords.RUN, SegmentWords.of("assigned"));
        assertEquals(SegmentWords.TRIGGER, SegmentWords.of("respectively"));
        assertEquals(0, SegmentWords.of("patients alone"));
    }
}
