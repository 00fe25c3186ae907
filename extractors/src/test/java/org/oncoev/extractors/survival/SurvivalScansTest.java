package org.oncoev.extractors.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oncoev.extractors.text.ScanAgreement.assertAgrees;

import java.util.ArrayList;
import java.util.List;
import org.oncoev.extractors.text.ScanAgreement;
import org.junit.jupiter.api.Test;

/** The survival regexes tried only at their possible starts find what a full scan finds. */
class SurvivalScansTest {
    private static final List<String> EXTRA = List.of(
            "mOS mPFS OS-rate PFS2 xOS LRFS DRFS DMFS MFS EFS DSS CSS LC LRC TTP mTTP ABCFS ABCDFS (OS) OS.",
            ">12 months, \u2264 3 years, two-year, 5\u2212year, \u00b13.1%, 85.4\u00b72, 1,5 years, 3/4 weeks, 1-, 2-, and 3-year",
            "in the sorafenib plus TACE treatment group, for those in the placebo arms, between A and B regimens",
            "patients who were treated with FOLFOX4 alone, than the control group; patients randomized to surgery.",
            "Jones et al reported it previously; a meta-analysis; in a phase III trial; in the study");

    @Test
    void numbersAndEndpoints() {
        assertAgrees(NumberScanner.NUMBER, NumberScanner.NUMBER_STARTS, () -> NumberScanner::numberMayStart, EXTRA);
        assertAgrees(EndpointLexicon.ABBREVIATED, EndpointLexicon.ABBREVIATION_STARTS,
                () -> EndpointLexicon::abbreviationMayStart, EXTRA);
    }

    @Test
    void abbreviationStartsAreWhereTheTestHolds() {
        for (String s : ScanAgreement.texts(EXTRA)) {
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < s.length(); i++) if (EndpointLexicon.abbreviationMayStart(s, i)) expected.add(i);
            List<Integer> listed = new ArrayList<>();
            for (int i : EndpointLexicon.abbreviationStarts(s)) listed.add(i);
            assertEquals(expected, listed, s);
        }
    }

    @Test
    void armsAndCitations() {
        assertAgrees(ArmMentions.GROUP, ArmMentions.GROUP_STARTS, () -> ArmMentions::groupMayStart, EXTRA);
        assertAgrees(ArmMentions.TREATED, ArmMentions.TREATED_STARTS, () -> ArmMentions::treatedMayStart, EXTRA);
        assertAgrees(SurvivalExtractor.CITED, SurvivalExtractor.CITED_STARTS, () -> SurvivalExtractor.CITED_LEADS::at, EXTRA);
    }
}
