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
            "Jones et al reported it previously; a meta-analysis; in a phase III trial; in the study",
            "80% power to detect a hazard ratio of 0.7, assuming a median of 9 months; the sample size was 200",
            "a non-inferiority margin of 1.3; PFS was expected to be 6 months and estimated to be 8; reconsidered acceptable",
            "an OS under 6 months was deemed unacceptable and 12 months was regarded as promising; ruled out; should achieve 5%",
            "the hypothesized survival; noninferiority margin; subsample size; TO DETECT; Power; ASSUMPTION; we assumed 3 years");

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

    @Test
    void flattenedTableHeaders() {
        assertAgrees(SurvivalTableReader.FLAT_ENDPOINT, SurvivalTableReader.FLAT_STARTS, () -> SurvivalTableReader.FLAT_LEADS::at,
                List.of("Group OS rate (%) PFS rate (%) 1-year 3-year P", "overall survival (%) distant metastasis-free survival (%)",
                        "x-OS (%) _DFS (%) LC  (%) LRC (%) DMFS rates (%) MFS(%) Event-free survival (%) cancer specific survival (%)"));
    }

    @Test
    void ungluedOnlyWhereALowerMeetsACapital() {
        List<String> extra = List.of("Progression-free survivalYKL-40", "mOS months", "HRadj", "\u00e9\u00c9 \u00ff\u0178 \u01c5x",
                "ALL CAPS ROW", "\ud835\udc1a\ud835\udc00 glyphs", "caf\u00e9Ol\u00e9");
        for (String s : ScanAgreement.texts(extra)) {
            if (EndpointLexicon.GLUE.matcher(s).find()) assertEquals(true, EndpointLexicon.mayGlue(s), s);
            assertEquals(EndpointLexicon.GLUE.matcher(s).replaceAll(" "), EndpointLexicon.unglued(s), s);
        }
    }
}
